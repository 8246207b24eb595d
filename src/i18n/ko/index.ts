/** Korean UI strings: the source language; en.ts must have the same keys (typed from this file). */
export const ko = {
  langName: '한국어',
  siteName: 'Gradient Lab',
  siteTagline: '깊은 신경망은 왜 학습이 어려웠고, 어떻게 풀었는가',
  search: '검색',
  close: '닫기',
  skipToContent: '본문으로 건너뛰기',
  courseHome: '강의 목차',
  languageSwitch: 'English',
  languageSwitchLabel: '이 페이지를 영어로 보기',
  themeToggle: '밝은 화면/어두운 화면 전환',
  themeLight: '밝게',
  themeDark: '어둡게',
  lessonLabel: (n: number) => `${n}강`,
  onThisPage: '이 페이지의 내용',
  previous: '이전 강의',
  next: '다음 강의',
  references: '참고 문헌',
  comingSoon: '준비 중',
  updated: '최종 수정',
  footerText: '브라우저 안에서 작은 신경망을 직접 학습시키며 기울기가 어떻게 흐르는지 살펴보는 강의입니다.',
  footerSource: '소스 코드',
  footerLicence: '코드는 MIT, 강의 글과 그림은 CC BY 4.0 라이선스로 공개합니다.',
  licenceLink: '라이선스',
  suggestFix: '고칠 곳 제안하기',
  suggestFixTitle: '이 강의의 원문을 저장소에서 고쳐 제안합니다',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 잘못 입력된 것 같습니다. 강의 목차에서 다시 찾아보세요.',
  chooseLanguage: '언어를 고르세요',
  noScriptNote: '자바스크립트가 꺼져 있어 대화형 그림 대신 미리 계산한 표를 보여 줍니다.',
  answer: '답 보기',
  misconception: '흔한 오해',
  note: '참고',
} as const;

/** The shape every language must fill: ko's keys, with any string allowed. */
type Widen<T> = T extends string ? string : T extends (...a: infer A) => string ? (...a: A) => string : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof ko>;
