import { DIAGNOSIS_CODE_PATTERN, PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from './clinical-codes';

describe('clinical code shapes', () => {
  it('reads ICD-10-CM codes with or without their dot, and refuses ICD-9 and the reserved U chapter', () => {
    expect(
      ['E11.9', 'E119', 'S52.521A', 'Z00.00', 'M1A.011'].filter((code) => DIAGNOSIS_CODE_PATTERN.test(code)),
    ).toHaveLength(5);
    expect(['250.00', 'U07.1', 'E1', 'e11.9', 'E11.99999'].filter((code) => DIAGNOSIS_CODE_PATTERN.test(code))).toEqual(
      [],
    );
  });

  it('reads CPT and HCPCS Level II codes and two-character modifiers', () => {
    expect(['99213', '0001F', '0042T', 'J1100', 'G0439'].every((code) => PROCEDURE_CODE_PATTERN.test(code))).toBe(true);
    expect(['9921', 'W1234', '992130'].some((code) => PROCEDURE_CODE_PATTERN.test(code))).toBe(false);
    expect(['25', '59', 'LT'].every((modifier) => PROCEDURE_MODIFIER_PATTERN.test(modifier))).toBe(true);
    expect(PROCEDURE_MODIFIER_PATTERN.test('5')).toBe(false);
  });
});
