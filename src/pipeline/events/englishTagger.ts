import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp's English part-of-speech tagger, loaded once for every stage that reads English. */
export const english = winkNLP(model, ['sbd', 'pos']);
export const its = english.its;
