import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api';
import { errorsByQuestion, initialAnswers, progress, submission, type Answers } from '../checklist/answers';
import { visibleQuestions } from '../checklist/visibility';
import { isGroupWidget, Widget } from '../checklist/widgets';
import { formatDate } from '../format';
import { useApi, useLoad, useTitle } from '../hooks';
import { formatPercent } from '../status';
import type { ChecklistView, Completion, Question, SubmitResult } from '../types';
import { LoadError } from './ErrorPages';

/** Page 2: an offering user's checklist, the visible questions only, saved whole or in part. */
export function AnswerForm() {
  const { offeringUserUuid = '' } = useParams();
  const api = useApi();
  const view = useLoad(
    () =>
      api.get<ChecklistView>(`/api/marketplace-offering-users/${encodeURIComponent(offeringUserUuid)}/checklist/`, {
        include_all: true,
      }),
    [api, offeringUserUuid],
  );
  useTitle(view.state === 'done' ? view.data.checklist.name : 'Checklist');
  if (view.state === 'loading') {
    return <p role="status">Loading the checklist…</p>;
  }
  if (view.state === 'failed') {
    return <LoadError error={view.error} retry={view.retry} />;
  }
  return <Form key={offeringUserUuid} offeringUserUuid={offeringUserUuid} view={view.data} />;
}

function Form({ offeringUserUuid, view }: { offeringUserUuid: string; view: ChecklistView }) {
  const api = useApi();
  const questions = useMemo(() => [...view.questions].sort((a, b) => a.order - b.order), [view.questions]);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(questions));
  const [saved, setSaved] = useState<Answers>(() => initialAnswers(questions));
  const [completion, setCompletion] = useState<Completion>(view.completion);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusFirstError, setFocusFirstError] = useState(false);

  const visible = visibleQuestions(questions, answers);
  const { answered, total } = progress(questions, answers);

  useEffect(() => {
    if (focusFirstError) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      setFocusFirstError(false);
    }
  }, [focusFirstError]);

  const change = (question: Question, value: unknown) => {
    setAnswers((current) => ({ ...current, [question.uuid]: value }));
    setStatus('');
    if (errors[question.uuid]) {
      setErrors((current) => {
        const next = { ...current };
        delete next[question.uuid];
        return next;
      });
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const items = submission(questions, answers, saved);
    setFormError(null);
    if (items.length === 0) {
      setStatus('Nothing to save yet.');
      return;
    }
    setSaving(true);
    setStatus('Saving…');
    try {
      const result = await api.post<SubmitResult>(
        `/api/marketplace-offering-users/${encodeURIComponent(offeringUserUuid)}/submit_answers/`,
        items,
      );
      setCompletion(result.completion);
      setSaved({ ...answers });
      setErrors({});
      setStatus(
        result.completion.is_completed
          ? `Saved. This checklist is complete: ${formatPercent(result.completion.completion_percentage)} %.`
          : `Saved. ${formatPercent(result.completion.completion_percentage)} % answered; you can come back to finish.`,
      );
    } catch (error) {
      setStatus('');
      if (error instanceof ApiError && error.itemErrors) {
        const byQuestion = errorsByQuestion(items, error.itemErrors);
        setErrors(byQuestion);
        const count = Object.keys(byQuestion).length;
        setFormError(`Nothing was saved: ${count} ${count === 1 ? 'answer needs' : 'answers need'} correcting.`);
        setFocusFirstError(true);
      } else if (error instanceof ApiError) {
        setFormError(error.detail ?? `Nothing was saved: the server answered ${error.status}.`);
      } else {
        setFormError('Nothing was saved: the server could not be reached.');
      }
    } finally {
      setSaving(false);
    }
  };

  const due = formatDate(completion.due_at);
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/">My compliance</Link>
      </p>
      <h1>{view.checklist.name}</h1>
      {view.checklist.description && <p className="lead">{view.checklist.description}</p>}
      <div className="form-status">
        <div className="progress-row">
          <progress max={100} value={completion.completion_percentage} aria-labelledby="completion-pct" />
          <span id="completion-pct">
            {formatPercent(completion.completion_percentage)} % complete{completion.is_completed ? ' ✓' : ''}
          </span>
        </div>
        <p className="muted">
          <span data-testid="answered-count">
            {answered}/{total} answered
          </span>
          {due && ` · due ${due}`}
        </p>
      </div>
      <form ref={formRef} onSubmit={save} noValidate aria-describedby={formError ? 'form-error' : undefined}>
        {formError && (
          <p id="form-error" className="error-summary" role="alert">
            {formError}
          </p>
        )}
        {visible.length === 0 && <p>This checklist has no questions for you.</p>}
        <ol className="questions">
          {visible.map((q) => (
            <QuestionField
              key={q.uuid}
              question={q}
              value={answers[q.uuid]}
              errors={errors[q.uuid]}
              onChange={(value) => change(q, value)}
            />
          ))}
        </ol>
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save answers'}
          </button>
          <p role="status" aria-live="polite" className="save-status">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}

function QuestionField({
  question,
  value,
  errors,
  onChange,
}: {
  question: Question;
  value: unknown;
  errors: string[] | undefined;
  onChange: (value: unknown) => void;
}) {
  const id = `q-${question.uuid}`;
  const hintId = question.user_guidance ? `${id}-hint` : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {question.description}
      {question.required ? <span className="required"> (required)</span> : null}
    </>
  );
  const body = (
    <>
      {question.user_guidance && (
        <p id={hintId} className="hint">
          {question.user_guidance}
        </p>
      )}
      <Widget
        question={question}
        value={value}
        onChange={onChange}
        id={id}
        describedBy={describedBy}
        invalid={Boolean(errors)}
      />
      {errors && (
        <ul id={errorId} className="field-errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <li className={errors ? 'question has-error' : 'question'} data-question={question.uuid}>
      {isGroupWidget(question) ? (
        <fieldset aria-describedby={describedBy}>
          <legend>{label}</legend>
          {body}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {body}
        </>
      )}
    </li>
  );
}
