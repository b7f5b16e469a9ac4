/** UI strings for the workflow's history and the article settings added for publishing, in English and Arabic. */
export const workflowEn = {
  workflow: 'Workflow',
  workflowSteps: 'Status changes',
  workflowStep: '{from} → {to}',
  workflowBy: 'by {name}',
  workflowUnknown: 'unknown',
  workflowTarget: 'on {target}',
  noWorkflow: 'The status has not changed yet.',
  workflowFailed: 'Could not load the workflow: {message}',
  scheduledAt: 'Scheduled date',
  scheduledAtHint:
    'When the article should go live, in your time zone ({zone}). Leave it empty to publish at once.',
  clearScheduledAt: 'Clear the scheduled date',
  settingsSlug: 'Slug',
  slugHint: 'The last part of the article’s address, e.g. water-project.',
  tagSuggestions: 'Existing tags',
  tagSuggestHint: 'Tags used in other articles are suggested as you type: ↓ and Enter to add one.',
} as const

export const workflowAr: Record<keyof typeof workflowEn, string> = {
  workflow: 'سير العمل',
  workflowSteps: 'تغييرات الحالة',
  workflowStep: '{from} ← {to}',
  workflowBy: 'بواسطة {name}',
  workflowUnknown: 'غير معروف',
  workflowTarget: 'على {target}',
  noWorkflow: 'لم تتغير الحالة بعد.',
  workflowFailed: 'تعذّر تحميل سير العمل: {message}',
  scheduledAt: 'موعد النشر',
  scheduledAtHint: 'متى يُنشر المقال، بتوقيتك ({zone}). اتركه فارغًا للنشر فورًا.',
  clearScheduledAt: 'مسح موعد النشر',
  settingsSlug: 'المعرّف في الرابط (slug)',
  slugHint: 'الجزء الأخير من رابط المقال، مثل water-project.',
  tagSuggestions: 'وسوم مستخدمة',
  tagSuggestHint: 'تُقترح وسوم المقالات الأخرى وأنت تكتب: ↓ ثم Enter لإضافة أحدها.',
}
