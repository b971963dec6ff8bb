/**
 * The parts of a Statuspage `summary.json` (status.zoom.us/api/v2/summary.json) the service-status
 * probe reads. Unknown fields are allowed: Statuspage adds fields over time.
 */
import { z } from 'zod';

export const statuspageComponentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  group_id: z.string().nullable().optional(),
  group: z.boolean().optional(),
});

export const statuspageIncidentSchema = z.looseObject({
  name: z.string(),
  status: z.string(),
  impact: z.string().optional(),
  shortlink: z.string().optional(),
  components: z.array(z.looseObject({ id: z.string(), name: z.string() })).optional(),
});

export const statuspageSummarySchema = z.looseObject({
  status: z.looseObject({ indicator: z.string(), description: z.string() }),
  components: z.array(statuspageComponentSchema),
  incidents: z.array(statuspageIncidentSchema).default([]),
  scheduled_maintenances: z.array(statuspageIncidentSchema).default([]),
});
export type StatuspageSummary = z.infer<typeof statuspageSummarySchema>;
