import { describe, expect, it } from 'vitest';
import { runResultText } from '../../../src/sidebar/followups/run-result';

describe('a run’s result lines in the owner’s language', () => {
  it('names each result in words, not the server’s code', () => {
    expect(runResultText('drafted', '', 'en')).toBe('Draft created');
    expect(runResultText('sent', '', 'zh-CN')).toBe('已发送');
    expect(runResultText('failed', 'Invalid email: x@', 'zh-CN')).toBe('失败：Invalid email: x@');
    expect(runResultText('failed', 'Invalid email: x@', 'en')).toBe('Failed: Invalid email: x@');
    expect(runResultText('unknown', 'timeout', 'zh-TW')).toBe('未知是否寄出：timeout');
  });
  it('no Chinese result line holds an English word of its own', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const)
      for (const result of ['sent', 'drafted', 'failed', 'unknown'] as const)
        expect(runResultText(result, '', language), `${language} ${result}`).not.toMatch(/[A-Za-z]/);
  });
});
