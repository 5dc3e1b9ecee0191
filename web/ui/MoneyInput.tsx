// An amount of money typed as whole đồng, grouped the Vietnamese way (1.500.000 đ), valued as an integer or null.
import { NumberInput, type NumberInputProps } from '@mantine/core';

export interface MoneyInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  value: number | null;
  onChange: (value: number | null) => void;
}

/** Very large amounts come as text from the input: keep their digits. */
function toDong(text: string): number | null {
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : null;
}

export function MoneyInput({ value, onChange, ...props }: MoneyInputProps) {
  return (
    <NumberInput
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      suffix=" đ"
      hideControls
      {...props}
      value={value ?? ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : toDong(v))}
    />
  );
}
