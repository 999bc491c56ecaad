// The comparison pass: wink-nlp's `readDoc` plus its named entities, the fastest established
// JavaScript NLP pass (issue 2, "Speed"). Loaded once per process; the model load is not timed.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export function makeWinkPass(): (text: string) => unknown[] {
  const nlp = winkNLP(model);
  return (text: string) => nlp.readDoc(text).entities().out() as unknown[];
}
