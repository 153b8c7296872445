/** The API's shapes the portal reads (API.md sections 2, 3, 4 and 5). */

export type ComplianceState = 'pending' | 'overdue' | 'completed' | 'expiring' | 'expired';

/** An item of /api/marketplace-offering-user-checklist-completions/. */
export interface CompletionItem {
  uuid: string;
  offering_user_uuid: string;
  offering_name: string;
  offering_uuid: string;
  customer_provider_name: string | null;
  checklist_name: string | null;
  is_completed: boolean;
  completion_percentage: number;
  unanswered_required_questions: number;
  requires_review: boolean;
  reviewed_at: string | null;
  due_at: string | null;
  completed_at: string | null;
  expires_at: string | null;
  compliance_state: ComplianceState | null;
}

/** An item of /api/marketplace-offering-users/. */
export interface OfferingUser {
  uuid: string;
  offering_uuid: string;
  offering_name: string;
  has_compliance_checklist: boolean;
  state: string;
}

export type QuestionType =
  | 'text_input'
  | 'text_area'
  | 'boolean'
  | 'number'
  | 'single_select'
  | 'multi_select'
  | 'date'
  | 'datetime'
  | 'email'
  | 'url'
  | 'phone_number'
  | 'country'
  | 'year'
  | 'rating';

export type Operator = 'equals' | 'not_equals' | 'contains' | 'in' | 'not_in';

export interface Dependency {
  depends_on_question: string;
  required_answer_value: unknown;
  operator: Operator;
}

export interface QuestionOption {
  uuid: string;
  label: string;
  order: number;
}

export interface Question {
  uuid: string;
  description: string;
  question_type: QuestionType;
  required: boolean;
  order: number;
  user_guidance: string | null;
  min_value: number | null;
  max_value: number | null;
  dependency_logic_operator: 'and' | 'or';
  dependencies: Dependency[];
  existing_answer: { uuid: string; answer_data: unknown } | null;
  question_options: QuestionOption[];
}

export interface Completion {
  uuid: string;
  is_completed: boolean;
  completion_percentage: number;
  unanswered_required_questions: { uuid: string; description: string }[];
  checklist_name: string;
  due_at: string | null;
  expires_at: string | null;
  compliance_state: ComplianceState | null;
}

export interface ChecklistView {
  checklist: { uuid: string; name: string; description: string | null };
  completion: Completion;
  questions: Question[];
}

export interface SubmitResult {
  detail: string;
  completion: Completion;
}
