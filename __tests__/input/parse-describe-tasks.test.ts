// The three accepted shapes of saved DescribeTasks JSON, and UsageError for everything else.

import { parseDescribeTasks } from '../../src/input/parse-describe-tasks';
import { UsageError } from '../../src/errors';
import { loadDescribeTasks } from '../fixtures/fixtures';

const { tasks, failures } = loadDescribeTasks();
const [first, second, ...rest] = tasks;

describe('parseDescribeTasks', () => {
  it('reads one DescribeTasks response', () => {
    expect(parseDescribeTasks(JSON.stringify({ tasks, failures }), 'f.json')).toEqual({ tasks, failures });
  });

  it('reads an array of responses, in order, failures added up', () => {
    const text = JSON.stringify([
      { tasks: [first], failures },
      { tasks: [second], failures: [] },
      { tasks: rest },
      { failures: [{ arn: 'x', reason: 'MISSING' }] },
    ]);
    expect(parseDescribeTasks(text, 'f.json')).toEqual({ tasks, failures: [...failures, { arn: 'x', reason: 'MISSING' }] });
  });

  it('reads a bare array of tasks', () => {
    expect(parseDescribeTasks(JSON.stringify(tasks), 'f.json')).toEqual({ tasks, failures: [] });
  });

  it('reads null fields as absent ones', () => {
    const text = '{"tasks": [{"taskArn": "a", "group": null, "containers": [{"name": "app", "healthStatus": null}], "tags": null}], "failures": null}';
    expect(parseDescribeTasks(text, 'f.json')).toEqual({ tasks: [{ taskArn: 'a', containers: [{ name: 'app' }] }], failures: [] });
  });

  it.each([
    ['an empty array', '[]'],
    ['a response without tasks', '{"tasks": [], "failures": []}'],
    ['a response with only failures', '{"failures": []}'],
  ])('reads %s as no tasks', (_case, text) => {
    expect(parseDescribeTasks(text, 'f.json').tasks).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"tasks": [', /^f\.json is not valid JSON: /],
    ['empty text', '', /^f\.json is not valid JSON/],
    ['an object of another shape', '{"taskArns": []}', /^f\.json: expected a DescribeTasks response/],
    ['null', 'null', /^f\.json: expected a DescribeTasks response/],
    ['a number', '42', /^f\.json: expected a DescribeTasks response/],
    ['tasks that is not an array', '{"tasks": {}}', /^f\.json: "tasks" must be an array$/],
    ['failures that is not an array', '{"tasks": [], "failures": "none"}', /^f\.json: "failures" must be an array$/],
    ['a task that is not an object', '{"tasks": ["arn:aws:ecs:…"]}', /^f\.json: task 0 is not an object$/],
    ['a bare array with a non-object', '[{"taskArn": "a"}, 3]', /^f\.json: task 1 is not an object$/],
    ['responses mixed with tasks', '[{"tasks": []}, {"taskArn": "a"}]', /^f\.json: an array must hold only DescribeTasks responses or only tasks$/],
    ['an array of arrays', '[[{"taskArn": "a"}]]', /^f\.json: task 0 is not an object$/],
    ['a task ARN that is not text', '[{"taskArn": 5}]', /^f\.json: task 0: "taskArn" must be text$/],
    ['a container name that is not text', '{"tasks": [{"taskArn": "a"}, {"containers": [{"name": "x"}, {"name": 7}]}]}', /^f\.json: task 1: "containers\[1\]\.name" must be text$/],
    ['containers that is not an array', '{"tasks": [{"containers": {}}]}', /^f\.json: task 0: "containers" must be an array$/],
    ['a container that is not an object', '{"tasks": [{"containers": ["app"]}]}', /^f\.json: task 0: "containers\[0\]" must be an object$/],
    ['a tag key that is not text', '{"tasks": [{"tags": [{"key": 1, "value": "v"}]}]}', /^f\.json: task 0: "tags\[0\]\.key" must be text$/],
    ['attachments that is not an array', '{"tasks": [{"attachments": {}}]}', /^f\.json: task 0: "attachments" must be an array$/],
    ['an ENI detail value that is not text', '{"tasks": [{"attachments": [{"details": [{"name": "privateIPv4Address", "value": 10}]}]}]}', /^f\.json: task 0: "attachments\[0\]\.details\[0\]\.value" must be text$/],
    ['enableExecuteCommand that is not true or false', '{"tasks": [{"enableExecuteCommand": "yes"}]}', /^f\.json: task 0: "enableExecuteCommand" must be true or false$/],
    ['startedAt that is not a time', '{"tasks": [{"startedAt": {}}]}', /^f\.json: task 0: "startedAt" must be a time/],
    ['a failure that is not an object', '{"tasks": [], "failures": [5]}', /^f\.json: failure 0 is not an object$/],
    ['a failure reason that is not text', '{"failures": [{"arn": "a", "reason": 1}]}', /^f\.json: failure 0: "reason" must be text$/],
  ])('rejects %s with a UsageError', (_case, text, message) => {
    expect(() => parseDescribeTasks(text, 'f.json')).toThrow(UsageError);
    expect(() => parseDescribeTasks(text, 'f.json')).toThrow(message);
  });
});
