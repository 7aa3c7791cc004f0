/**
 * Who uses kokuho (issue 5): the roles of a federation's staff and of those outside it, what each
 * role is bound to, and what each may do. Authorisation asks `can(role, action)`; the server checks
 * it on every route and row-level security binds every query to the account's federation.
 */

export const ROLES = {
  'intake-clerk': { label: '受付担当', binding: 'federation' },
  'clerical-reviewer': { label: '事務共助（点検担当）', binding: 'federation' },
  'committee-reviewer': { label: '審査委員', binding: 'federation' },
  'payment-officer': { label: '支払担当', binding: 'federation' },
  'insurer-staff': { label: '保険者職員', binding: 'insurer' },
  provider: { label: '医療機関・薬局', binding: 'provider' },
  'central-staff': { label: '国保中央会職員', binding: 'federation' },
  admin: { label: '管理者', binding: 'federation' },
} as const satisfies Record<string, { label: string; binding: 'federation' | 'insurer' | 'provider' }>;
export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];
export const isRole = (s: string): s is Role => s in ROLES;

/** What can be done, by capability of the system map. */
export const ACTIONS = {
  'intake.run': ['intake-clerk', 'admin'],
  'intake.read': ['intake-clerk', 'clerical-reviewer', 'committee-reviewer', 'payment-officer', 'central-staff', 'admin'],
  'review.read': ['clerical-reviewer', 'committee-reviewer', 'central-staff', 'admin'],
  'review.decide': ['clerical-reviewer', 'committee-reviewer'],
  'review.special': ['central-staff'],
  'rules.read': ['intake-clerk', 'clerical-reviewer', 'committee-reviewer', 'payment-officer', 'insurer-staff', 'provider', 'central-staff', 'admin'],
  'rules.adopt': ['admin'],
  'payment.read': ['payment-officer', 'admin'],
  'insurer.own-claims': ['insurer-staff'],
  'provider.own-claims': ['provider'],
  'accounts.manage': ['admin'],
  // 過誤・再審査・取下げ・再請求: insurers and providers ask (their own claims), payment staff enter paper requests
  'correction.request': ['insurer-staff', 'provider', 'payment-officer'],
  'correction.read': ['payment-officer', 'clerical-reviewer', 'committee-reviewer', 'insurer-staff', 'provider', 'central-staff', 'admin'],
  // 過誤・取下げ・再請求 are settled by payment staff; a 再審査 is judged by the review side
  'correction.decide': ['payment-officer'],
  'correction.re-review': ['clerical-reviewer', 'committee-reviewer'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof ACTIONS;

export function can(role: Role, action: Action): boolean {
  return (ACTIONS[action] as readonly Role[]).includes(role);
}
