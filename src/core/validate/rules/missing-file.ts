import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A required file is absent from the dataset folder. */
export function missingFile(file: string): Problem {
  return makeProblem(
    'error',
    'missing-file',
    { file, row: null, column: null },
    `${file} is required: add it to the dataset folder (start from the CSV template).`,
    `${file} zorunludur: veri klasörüne ekleyin (CSV şablonundan başlayabilirsiniz).`,
  );
}

/** A file is absent although another file refers to it (e.g. a cohort names a school). */
export function missingReferencedFile(file: string, by: string, column: string): Problem {
  return makeProblem(
    'error',
    'missing-file',
    { file, row: null, column: null },
    `${file} is needed because ${by} fills in ${column}: add it, or leave that column blank.`,
    `${by} dosyasında ${column} dolu olduğu için ${file} gerekli: dosyayı ekleyin ya da o sütunu boş bırakın.`,
  );
}
