import Database from 'better-sqlite3';
const db = new Database('/tmp/x-api.db');
for (const q of ['select max(id) from claim', 'select max(date) from fx_rate', 'select count(*) from fx_rate', "select max(date) from fx_rate where currency='USD'"]) {
  const st = db.prepare(q); st.get();
  const t = performance.now(); for (let i = 0; i < 1000; i++) st.get();
  console.log(q, ((performance.now() - t)).toFixed(3), 'µs/op', JSON.stringify(st.get()));
}
