import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { type FieldErrors, hasErrors, mapProblems } from '../../lib/problems';
import { useProblemWords } from '../useProblemWords';
import { useStaffErrorText } from '../useStaffErrorText';
import type { SummaryItem } from './ErrorSummary';

/** The form's fields by name (the API's input path): the control's id and its label. */
export type FormFields = Record<string, { id: string; label: string }>;

export type FormSubmit = {
  busy: boolean;
  errors: FieldErrors;
  /** What the error summary lists: field errors linked to their controls, then the rest. */
  summary: SummaryItem[];
  summaryRef: React.RefObject<HTMLDivElement | null>;
  /** The last failure, when it was not about fields (e.g. a conflict). */
  failure: ApiError | undefined;
  /**
   * Runs the client's checks, then the request. Field problems, from either,
   * are shown beside their fields and in the summary, which takes focus.
   * Resolves to whether the request succeeded.
   */
  submit: (validate: () => FieldErrors, request: () => Promise<void>) => Promise<boolean>;
  reset: () => void;
};

/**
 * @param codeFields errors without a path that still belong to one field, by code: `{ email_taken: 'email' }`
 */
export function useFormSubmit(fields: FormFields, codeFields: Record<string, string> = {}): FormSubmit {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorText = useStaffErrorText();
  const problemWords = useProblemWords();
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const codeFieldsRef = useRef(codeFields);
  codeFieldsRef.current = codeFields;

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const reset = useCallback(() => {
    setErrors({});
    setGeneral([]);
    setFailure(undefined);
  }, []);

  const submit = useCallback(
    async (validate: () => FieldErrors, request: () => Promise<void>) => {
      const local = validate();
      if (hasErrors(local)) {
        setErrors(local);
        setGeneral([]);
        setFailure(undefined);
        setFailures((n) => n + 1);
        return false;
      }
      setBusy(true);
      try {
        await request();
        reset();
        return true;
      } catch (caught) {
        const error = toApiError(caught);
        const field = codeFieldsRef.current[error.code];
        // Each problem in the reader's words, from its code and parameters (not the server's English).
        const problems =
          field && error.problems.length === 0
            ? [{ path: field, message: errorText(error) }]
            : error.problems.map((p) => ({ ...p, message: problemWords(p) }));
        const mapped = mapProblems(problems, Object.keys(fieldsRef.current));
        setErrors(mapped.fields);
        const rest = mapped.general.map((p) => ({ label: p.path || undefined, message: p.message }));
        const mappedAny = hasErrors(mapped.fields) || rest.length > 0;
        setGeneral(mappedAny ? rest : [{ message: errorText(error) }]);
        setFailure(error);
        setFailures((n) => n + 1);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reset, errorText, problemWords],
  );

  // In the order of `fields`, which the forms list as they show them; then problems of no field.
  const names = [...Object.keys(fields), ...Object.keys(errors).filter((name) => !(name in fields))];
  const summary: SummaryItem[] = [
    ...names.flatMap((name) => {
      const message = errors[name];
      return message ? [{ id: fields[name]?.id, label: fields[name]?.label, message }] : [];
    }),
    ...general,
  ];
  return { busy, errors, summary, summaryRef, failure, submit, reset };
}
