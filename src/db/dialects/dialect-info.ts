// What a migration or query may ask of the backend. The only place the two SQL dialects differ is
// behind this interface; everything else in hearsay speaks Kysely's common builder.
import type { ColumnDefinitionBuilder, RawBuilder } from 'kysely';

export interface DialectInfo {
  name: 'sqlite' | 'postgres';
  /** Column type of a generated integer key ("integer" with autoincrement, or "serial"). */
  idType: 'integer' | 'serial';
  /** Marks the id column as generated. */
  generatedId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Column type for raw bytes. */
  blobType: 'blob' | 'bytea';
  /** Column type for a double-precision number. */
  realType: 'real' | 'double precision';
  /** An expression for "now" as an ISO-8601 UTC text, used as a column default. */
  nowIso: RawBuilder<string>;
}
