/**
 * Money context: "pounds" after these words is sterling ("fined 500 pounds", "a prize of
 * 2,000 pounds"), elsewhere a weight ("weighed 500 pounds").
 */
export const MONEY_CONTEXT_WORDS = [
  'fine',
  'fined',
  'fines',
  'pay',
  'paid',
  'pays',
  'paying',
  'cost',
  'costs',
  'costing',
  'worth',
  'price',
  'priced',
  'prize',
  'salary',
  'wage',
  'wages',
  'bail',
  'compensation',
  'damages',
  'donated',
  'raised',
  'spent',
  'spend',
  'earned',
  'earn',
  'owed',
  'owe',
  'sold',
  'bought',
  'reward',
  'fee',
  'fees',
  'bonus',
  'budget',
  'loan',
  'debt',
  'charged',
  'award',
  'awarded',
];

/** A currency word written glued to the digits, as wire style does: "euro110 billion". */
export const GLUED_CURRENCY_WORDS: Readonly<Record<string, string>> = { euro: 'EUR' };

/** Words after which a hyphen is not a compound: "magnitude-5.4", "Category-4". */
export const HYPHEN_NUMBER_WORDS = ['magnitude', 'category', 'level', 'force'];
