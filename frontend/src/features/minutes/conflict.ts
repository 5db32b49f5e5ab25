import type { MinutesConflictProblemDetails, MinutesDto } from '../../api/generated/types.gen';
import type { Problem } from '../../lib/problems';

/** What a change of the minutes can be refused with: the generated `…Error` of each transition fits it. */
export type MinutesProblem = Problem | MinutesConflictProblemDetails;

/** The minutes as someone else saved them, when a change was refused for that (409 `minutes_conflict`). */
export function theirMinutes(error: MinutesProblem): MinutesDto | undefined {
  return error.code === 'minutes_conflict' && 'current' in error ? error.current ?? undefined : undefined;
}
