import type { Finding } from '../../../core/schemas';
import type { Completeness } from '../../../core/validation';
import type { Queryable } from '../db';

/** What the hub's validation found in one version. */
export interface FindingsRow {
  versionId: string;
  findings: Finding[];
  completeness: Completeness;
  errors: number;
  warnings: number;
  unexplained: number;
  complete: boolean;
  validatedAt: Date;
}

const COLUMNS = `version_id as "versionId", findings, completeness, errors, warnings, unexplained, complete, validated_at as "validatedAt"`;

export async function insertFindings(q: Queryable, row: FindingsRow): Promise<void> {
  await q.query(
    `insert into return_findings (version_id, findings, completeness, errors, warnings, unexplained, complete, validated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      row.versionId,
      JSON.stringify(row.findings),
      JSON.stringify(row.completeness),
      row.errors,
      row.warnings,
      row.unexplained,
      row.complete,
      row.validatedAt.toISOString(),
    ],
  );
}

/** Findings of the given versions, by version id. */
export async function findingsOf(q: Queryable, versionIds: readonly string[]): Promise<Map<string, FindingsRow>> {
  if (versionIds.length === 0) return new Map();
  const { rows } = await q.query<FindingsRow>(
    `select ${COLUMNS} from return_findings where version_id = any(array(select jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(versionIds)],
  );
  return new Map(rows.map((r) => [r.versionId, r]));
}
