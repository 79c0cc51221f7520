import { describe, expect, it } from 'vitest';
import { checksumOf, readMigrationFiles } from '../../src/hub/db/migration-files';

describe('readMigrationFiles', () => {
  it("finds the hub's own migrations beside the module, numbered from 1 without repeats", async () => {
    const files = await readMigrationFiles();
    expect(files[0]).toMatchObject({ number: 1, name: 'hub_meta', file: '0001_hub_meta.sql' });
    const numbers = files.map((f) => f.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('says which folder it could not read', async () => {
    await expect(readMigrationFiles('no/such/folder')).rejects.toThrow('Cannot read the migrations folder no/such/folder');
  });
});

describe('checksumOf', () => {
  it('ignores Windows line endings but nothing else', () => {
    expect(checksumOf('a;\r\nb;\r\n')).toBe(checksumOf('a;\nb;\n'));
    expect(checksumOf('a;\nb;\n')).not.toBe(checksumOf('a; b;\n'));
  });
});
