export * from './lib/types';
export { MatchingInputError, type MatchingErrorCode } from './lib/errors';
export { parseInstance, parseInstanceJson } from './lib/validate';
export {
  solveMatching,
  runMatching,
  prepareMatching,
  type MatchingOptions,
  type MatchingStats,
  type PreparedMatching,
} from './lib/engine';
export {
  DEFAULT_WEIGHTS,
  DEFAULT_DISTANCE_REFERENCE_KM,
  WAITING_SATURATION_DAYS,
  ENGINE_SCORE_SCALE,
} from './lib/scoring';
export { CHILD_CERTIFICATE_AGE } from './lib/constraints';
export { distanceKm } from './lib/geo';
export {
  solveAssignment,
  type AssignmentProblem,
  type AssignmentSolution,
  type SolverOptions,
} from './lib/min-cost-flow';
export { solveGreedy } from './lib/greedy';
