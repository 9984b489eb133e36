import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { metadataOf } from './openapi-metadata';

const CLAIM_DTO = `export class ClaimDto {\n  outcome: 'rejected' | 'accepted';\n}\n`;
const COMPLETION_DTO = `export class CompletionDto {\n  review: 'pending' | 'verified' | 'rejected';\n  withinDays: 90 | 30 | 60;\n}\n`;

const enumOf = (metadata: string, property: string): string | undefined =>
  new RegExp(`${property}: \\{[^}]*enum: (\\[[^\\]]*\\])`).exec(metadata)?.[1];

describe('OpenAPI metadata', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'praxis-metadata-spec-'));
    writeFileSync(join(folder, 'claim.dto.ts'), CLAIM_DTO);
    writeFileSync(join(folder, 'completion.dto.ts'), COMPLETION_DTO);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const generatedFrom = (files: string[]) =>
    metadataOf(ts.createProgram({ rootNames: files.map((file) => join(folder, file)), options: {} }), folder);

  it('writes an enum the same whatever the type checker met first', () => {
    const alone = enumOf(generatedFrom(['completion.dto.ts']), 'review');
    const afterAClaim = enumOf(generatedFrom(['claim.dto.ts', 'completion.dto.ts']), 'review');
    expect(alone).toBeDefined();
    expect(afterAClaim).toEqual(alone);
  });

  it('lists enum values in order, strings and numbers alike', () => {
    const metadata = generatedFrom(['claim.dto.ts', 'completion.dto.ts']);
    expect(enumOf(metadata, 'review')).toBe('["pending", "rejected", "verified"]');
    expect(enumOf(metadata, 'withinDays')).toBe('[30, 60, 90]');
  });
});
