// The comparison pass: wink-nlp's `readDoc` plus its named entities, the fastest established
// JavaScript NLP pass (issue 2, "Speed"). Loaded once per process; the model load is not timed.
//
// Given its best shot: entities need only sentence boundaries and the NER pipe, and wink-nlp's
// default pipeline also runs negation, sentiment, POS tagging and custom entities. With
// ['sbd', 'ner'] the entities are the same on the bench corpus (checked by `npm run bench:extract`
// on every run) and the pass is about 1.5x faster. The default pipeline is kept for comparison.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const WINK_ENTITY_PIPE = ['sbd', 'ner'] as const;

export function makeWinkPass(pipe: 'entities-only' | 'default' = 'entities-only'): (text: string) => unknown[] {
  const nlp = pipe === 'default' ? winkNLP(model) : winkNLP(model, [...WINK_ENTITY_PIPE]);
  return (text: string) => nlp.readDoc(text).entities().out() as unknown[];
}
