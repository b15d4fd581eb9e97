/**
 * A request the CLI cannot carry out because of its input (an unknown council, an unreadable
 * file, a bad option): printed as one line on stderr, exit code 2. Anything else is a bug.
 */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
}
