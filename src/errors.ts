/**
 * One error class for every fault tifa reports; callers switch on `code`.
 * Only programmer and resource faults throw: odd text never does, it yields fewer annotations.
 * Messages read `tifa: <where>: expected …, found …`.
 */

/** Machine-readable error codes. */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_option'
  | 'resource_not_found'
  | 'resource_parse'
  | 'resource_checksum'
  | 'model_incompatible'
  | 'pipeline_order'
  | 'engine_missing'
  | 'store_failure';

/** The error tifa throws; `details` carries file, line and field where there is one. */
export class TifaError extends Error {
  /** Machine-readable code. */
  readonly code: ErrorCode;
  /** Structured context: `file`, `line`, `field` … */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}, options?: ErrorOptions) {
    super(message.startsWith('tifa:') ? message : `tifa: ${message}`, options);
    this.name = 'TifaError';
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is a TifaError (also across module copies). */
export function isTifaError(value: unknown): value is TifaError {
  return value instanceof TifaError || (value instanceof Error && value.name === 'TifaError' && 'code' in value);
}
