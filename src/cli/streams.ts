// What the executable does when writing to stdout or stderr fails.

/** Codes that mean the reader went away (`| head`, a closed terminal): a normal end, not an error. */
const CLOSED = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** True when a stream error only says that nobody reads any more. */
export const isClosedPipe = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && CLOSED.has(String((e as { code?: unknown }).code));

/**
 * The 'error' listener for process.stdout and process.stderr. A closed pipe calls `closed` and
 * leaves the exit code as the run set it; any other failure to write (a full disk) sets exit code
 * 1, since the answer did not arrive, and is never thrown (an unhandled 'error' would crash).
 *
 * @param closed - Called when the reader has gone away.
 */
export function onStreamError(closed: () => void): (e: unknown) => void {
  return (e) => {
    if (isClosedPipe(e)) closed();
    else process.exitCode = 1;
  };
}
