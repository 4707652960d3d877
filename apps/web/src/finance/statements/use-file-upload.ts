import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { isClaimed } from '../../api/field-errors';
import { useAction } from '../../ui/use-action';

/** What the service says about the file itself: a bad file (400), too large (413), wrong type (415). */
const FILE_STATUSES = [400, 413, 415];

/**
 * A form that uploads one file: the file is checked by its name before anything is sent (its
 * extension names the content type); the service's refusal of the file itself belongs under
 * the file input, any other refusal to the form.
 */
export function useFileUpload<T>(contentTypeOf: (fileName: string) => string | undefined) {
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<'noFile' | 'wrongType'>();
  const [result, setResult] = useState<T>();
  const action = useAction();

  function choose(chosen: File | undefined) {
    setFile(chosen);
    setProblem(undefined);
  }

  async function upload(send: (file: File, contentType: string) => Promise<T>) {
    setProblem(undefined);
    action.clear();
    if (!file) return setProblem('noFile');
    const contentType = contentTypeOf(file.name);
    if (!contentType) return setProblem('wrongType');
    setResult(undefined);
    const answer = await action.run(() => send(file, contentType));
    if (answer.ok) setResult(answer.value);
  }

  const fileError: ApiError | undefined = isClaimed(action.error, FILE_STATUSES)
    ? action.error
    : undefined;
  return {
    /** The file's name, for the text of a `wrongType` problem. */
    fileName: file?.name,
    choose,
    upload,
    busy: action.busy,
    problem,
    fileError,
    /** Any other refusal, for FormErrors. */
    formError: fileError ? undefined : action.error,
    result,
  };
}
