/** What a CLI command is given: its arguments and the streams to write to. */
export interface CommandIO {
  args: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One option as `--help` explains it: how it is written and what it does. */
export interface OptionHelp {
  /** As typed, with its value: `--years FROM..TO`. */
  name: string;
  /** What it does, what it reads, its default. */
  text: string;
}

export interface Command {
  /** One line for `cli --help`. */
  summary: string;
  usage: string;
  /** Every option, explained, for the command's own `--help`. */
  options?: readonly OptionHelp[];
  /** Paragraphs after the options: what the command prints, where figures come from. */
  notes?: readonly string[];
  run(io: CommandIO): Promise<void>;
}
