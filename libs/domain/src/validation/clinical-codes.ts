/** CPT (five characters, Category II/III ending in a letter) or HCPCS Level II (a letter and four digits). */
export const PROCEDURE_CODE_PATTERN = /^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/;
export const PROCEDURE_MODIFIER_PATTERN = /^[0-9A-Z]{2}$/;
/** ICD-10-CM: a letter (not U), a digit, a digit or A/B, then up to four characters after an optional dot. */
export const DIAGNOSIS_CODE_PATTERN = /^[A-TV-Z][0-9][0-9AB](\.?[0-9A-TV-Z]{1,4})?$/;
