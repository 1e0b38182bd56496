// Scores a classifier on one split of the dataset, per source and pooled.
import type { Dataset } from './dataset';
import type { Split } from './split';
import { predictDocument, scorePredictions, type DocumentClassifier, type Prediction, type Scores } from './evaluate';
import type { Source } from './labelled';

export function splitPredictions(dataset: Dataset, split: Split, classify: DocumentClassifier, sources?: readonly Source[]): Prediction[] {
  return dataset.documents
    .filter((doc) => doc[0]?.split === split && (!sources || sources.includes(doc[0].source)))
    .flatMap((doc) => predictDocument(doc, classify).filter((p, i) => doc[i]?.counted));
}

export function scoreSplit(dataset: Dataset, split: Split, classify: DocumentClassifier, sources?: readonly Source[]): Scores {
  return scorePredictions(splitPredictions(dataset, split, classify, sources));
}
