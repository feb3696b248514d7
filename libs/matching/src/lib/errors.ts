export type MatchingErrorCode =
  /** The instance is malformed: bad JSON, a missing id, an unknown value, a negative capacity… */
  | 'invalid-input'
  /** A `must` pair breaks a hard constraint, or the locks exceed a provider's capacity. */
  | 'impossible-must'
  /** Scores are too large (or too finely fractional) for exact integer arithmetic at this size. */
  | 'scores-out-of-range';

/**
 * Raised for every problem caused by the instance itself. `path` names the field
 * (`participants[3].languages[0].level`), so a coordinator or a developer can fix it.
 */
export class MatchingInputError extends Error {
  constructor(
    readonly code: MatchingErrorCode,
    readonly path: string,
    readonly detail: string,
  ) {
    super(path === '' ? detail : `${path}: ${detail}`);
    this.name = 'MatchingInputError';
  }

  toJSON(): { code: MatchingErrorCode; path: string; message: string } {
    return { code: this.code, path: this.path, message: this.message };
  }
}
