/** The desk phone facts the user gave, as evidence lines (shared by the seed-table and repair-map desk phone rules). */
import type { ReportDetails } from '../report-details.js';

export function deskPhoneEvidence(details: ReportDetails | undefined): string[] {
  const lines: string[] = [];
  if (details?.deskPhoneModel) lines.push(`Model: ${details.deskPhoneModel}`);
  if (details?.deskPhoneFirmware) lines.push(`Firmware: ${details.deskPhoneFirmware}`);
  return lines;
}
