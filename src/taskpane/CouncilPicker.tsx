import { Combobox, Field, Option } from "@fluentui/react-components";

/** A council the analyst can choose. `code` is its GSS code, `name` LGSCO's name for it. */
export interface CouncilChoice {
  code: string;
  name: string;
}

export interface CouncilPickerProps {
  councils: readonly CouncilChoice[];
  disabled: boolean;
  onSelect: (council: CouncilChoice | undefined) => void;
}

export function CouncilPicker({ councils, disabled, onSelect }: CouncilPickerProps) {
  const empty = councils.length === 0;
  return (
    <Field label="Council" hint={empty ? "The list of councils is not loaded yet." : undefined}>
      <Combobox
        placeholder="Type your council's name"
        disabled={disabled || empty}
        onOptionSelect={(_event, data) => onSelect(councils.find((council) => council.code === data.optionValue))}
      >
        {councils.map((council) => (
          <Option key={council.code} value={council.code}>
            {council.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
