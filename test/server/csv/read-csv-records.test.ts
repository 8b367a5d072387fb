import { describe, expect, it } from 'vitest';
import { type CsvInput, readCsvRecords } from '../../../server/csv/read-csv-records.ts';

async function collect(input: CsvInput) {
  const out = [];
  for await (const item of readCsvRecords(input)) out.push(item);
  return out;
}

async function* chunks(...parts: Array<string | Uint8Array>) {
  yield* parts;
}

describe('readCsvRecords', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', async () => {
    const csv = 'name,note\n"Congo, DR","say ""no"""\n"two\nlines",x\n';
    expect(await collect(csv)).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Congo, DR', 'say "no"'] },
      { line: 3, fields: ['two\nlines', 'x'] },
    ]);
  });

  it('drops a BOM, reads CRLF, skips blank lines and numbers records by the line they start on', async () => {
    const csv = '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n3,"p\r\nq\r\nr"\r\n4,w\r\n';
    expect(await collect(csv)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\r\ny'] },
      { line: 5, fields: ['2', 'z'] },
      { line: 6, fields: ['3', 'p\r\nq\r\nr'] },
      { line: 9, fields: ['4', 'w'] },
    ]);
  });

  it('reports a record with the wrong number of fields, in order, and goes on', async () => {
    const out = await collect('a,b\n1,2\n3\n4,5,6\n7,8\n');
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      {
        line: 3,
        code: 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH',
        message: expect.stringMatching(/expect 2, got 1/),
      },
      { line: 4, code: 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH', message: expect.stringMatching(/got 3/) },
      { line: 5, fields: ['7', '8'] },
    ]);
  });

  it('reports a stray quote once per record, and a quote left open at the end', async () => {
    expect(await collect('a,b\n1,x"y"\n2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, code: 'INVALID_OPENING_QUOTE', message: expect.any(String) },
      { line: 3, fields: ['2', '3'] },
    ]);
    const open = await collect('a,b\n1,2\n3,"never closed\n');
    expect(open.at(-1)).toEqual({ line: 3, code: 'CSV_QUOTE_NOT_CLOSED', message: expect.any(String) });
  });

  it('reads byte chunks split inside the BOM and inside a multi-byte letter', async () => {
    const bytes = new TextEncoder().encode('\uFEFFname\n"Côte d\'Ivoire"\n');
    // Bytes 0–2 are the BOM; 10–11 are the ô.
    const parts = [bytes.subarray(0, 1), bytes.subarray(1, 11), bytes.subarray(11)];
    expect(await collect(chunks(...parts))).toEqual([
      { line: 1, fields: ['name'] },
      { line: 2, fields: ["Côte d'Ivoire"] },
    ]);
  });

  it('passes on an error of the source', async () => {
    async function* failing() {
      yield 'a,b\n1,2\n';
      throw new Error('disk gone');
    }
    await expect(collect(failing())).rejects.toThrow('disk gone');
  });
});
