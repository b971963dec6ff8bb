/**
 * The situation-specific extras of an incident report (the wizard's conditional questions): where
 * the error showed, the dialed number, the API response body, the desk phone. Kept apart from the
 * core report so the CLI and the form can grow them without touching the main schema.
 */
import { z } from 'zod';

/** Where the user saw the error; the seed's table separates web portal, desk phone and app cases. */
export const SURFACES = ['desktop-app', 'mobile-app', 'web-portal', 'desk-phone', 'api'] as const;

/** Outcome of a comparison test the seed asks for ("call an internal extension", "test from the desktop app"). */
export const COMPARISON_OUTCOMES = ['works', 'fails', 'not-tried'] as const;

export const surfaceSchema = z.enum(SURFACES);
export const comparisonOutcomeSchema = z.enum(COMPARISON_OUTCOMES);

export const reportDetailsSchema = z
  .object({
    surface: surfaceSchema.optional(),
    /** Dialing: the number as typed or pasted (hidden characters kept: they are evidence). */
    dialedNumber: z.string().max(200).optional(),
    /** Dialing: does calling an internal extension work? */
    internalCalls: comparisonOutcomeSchema.optional(),
    /** API request: the response body as pasted. */
    apiResponseBody: z.string().max(20000).optional(),
    /** Desk phone: model and firmware as shown on the device. */
    deskPhoneModel: z.string().max(200).optional(),
    deskPhoneFirmware: z.string().max(200).optional(),
    /** Desk phone: does the same user's desktop app work? */
    desktopAppWorks: comparisonOutcomeSchema.optional(),
  })
  .strict();

export type ReportDetails = z.infer<typeof reportDetailsSchema>;
