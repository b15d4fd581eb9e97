/** What a CLI command is given: its arguments and the streams to write to. */
export interface CommandIO {
  args: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  /** One line for `--help`. */
  summary: string;
  usage: string;
  run(io: CommandIO): Promise<void>;
}
