/**
 * News agencies whose copy other outlets print (wire services), with the spellings a credit
 * line uses. General knowledge of the trade, not of a story: a pack adds its own outlets and
 * syndication (`witnesses.syndication` in a rule file).
 */
export const WIRE_AGENCIES: { id: string; names: string[] }[] = [
  { id: 'AP', names: ['AP', 'Associated Press', 'The Associated Press'] },
  { id: 'Reuters', names: ['Reuters', 'Thomson Reuters'] },
  { id: 'AFP', names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { id: 'Xinhua', names: ['Xinhua', 'Xinhua News Agency'] },
  { id: 'UPI', names: ['UPI', 'United Press International'] },
  { id: 'Canadian Press', names: ['CP', 'Canadian Press', 'The Canadian Press'] },
  { id: 'PA', names: ['PA', 'Press Association', 'PA Media'] },
  { id: 'dpa', names: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { id: 'ANSA', names: ['ANSA'] },
  { id: 'EFE', names: ['EFE'] },
  { id: 'Kyodo', names: ['Kyodo', 'Kyodo News'] },
  { id: 'Yonhap', names: ['Yonhap', 'Yonhap News Agency'] },
  { id: 'AAP', names: ['AAP', 'Australian Associated Press'] },
  { id: 'Bloomberg', names: ['Bloomberg', 'Bloomberg News'] },
];
