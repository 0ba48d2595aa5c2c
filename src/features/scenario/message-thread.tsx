import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, ScenarioNode } from '../../course/schema/module-schema';
import { LEARNER_SENDER } from '../../course/schema/learner-sender';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { Avatar } from '../../components/ui/art/avatar';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { avatarAge, avatarSeed, characterOf } from './scene-character';

interface ThreadMessage {
  key: string;
  from: string;
  text: ReactNode;
  time?: string;
}

interface MessageThreadProps {
  scenario: Scenario;
  node: ScenarioNode;
  text: MarkedContentText;
  /** The learner's reply (a choice with `reply: true`), added once the choice is made. */
  reply?: ReactNode;
}

/**
 * A phone-style message thread: a list of messages, each saying who sent it and when.
 * The list sits in a polite live region, so the learner's reply is announced when it
 * is added; the messages already there are read in order with the rest of the screen.
 */
export function MessageThread({ scenario, node, text, reply }: MessageThreadProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const messages: ThreadMessage[] = (node.messages ?? []).map((m) => ({
    key: m.id,
    from: m.from,
    text: text.node(moduleText.message(scenario.id, node.id, m.id)),
    ...(m.time ? { time: m.time } : {}),
  }));
  if (reply !== undefined) messages.push({ key: '__reply', from: LEARNER_SENDER, text: reply });
  if (messages.length === 0) return null;
  const senderName = (from: string): string =>
    from === LEARNER_SENDER ? t('scenario.thread.you') : text(moduleText.characterName(scenario.id, from));
  return (
    <section className="thread" aria-labelledby={titleId}>
      <h2 id={titleId} className="thread__title">
        {t('scenario.thread.title')}
      </h2>
      <div aria-live="polite" aria-relevant="additions">
        <ol className="thread__messages">
          {messages.map((message) => {
            const mine = message.from === LEARNER_SENDER;
            const character = mine ? undefined : characterOf(scenario, message.from);
            return (
              <li key={message.key} className={`message ${mine ? 'message--mine' : 'message--theirs'}`}>
                {character && (
                  <Avatar seed={avatarSeed(scenario, character.id)} age={avatarAge(character.role)} size={32} className="message__avatar" />
                )}
                <div className="message__bubble">
                  <span className="message__from">
                    {senderName(message.from)}
                    <VisuallyHidden>: </VisuallyHidden>
                  </span>
                  <span className="message__text">{message.text}</span>
                  {message.time && (
                    <time className="message__time" dateTime={message.time}>
                      <VisuallyHidden>{t('scenario.thread.sentAt')} </VisuallyHidden>
                      {message.time}
                    </time>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
