import { useId, useState, type FormEvent } from 'react';
import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { ScenarioNode } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import type { ScenarioActorRef } from './scenario-actor';

interface ChoiceFormProps {
  scenarioRef: ScenarioActorRef;
  scenarioId: string;
  node: ScenarioNode;
  text: MarkedContentText;
}

/**
 * The choices at a node: a radio group and a "Choose" button, so arrowing through
 * the options never commits to one. The highlighted option is this form's own
 * state (the machine only learns of a choice once it is made); the form is keyed
 * by node, so it starts empty at every node.
 */
export function ChoiceForm({ scenarioRef, scenarioId, node, text }: ChoiceFormProps) {
  const { t } = useTranslation();
  const name = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const canChoose = useSelector(scenarioRef, (s) => selected !== null && s.can({ type: 'choice.select', choiceId: selected }));
  const choose = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (selected !== null) scenarioRef.send({ type: 'choice.select', choiceId: selected });
  };
  return (
    <form onSubmit={choose} noValidate>
      <fieldset className="question">
        <legend className="question__prompt">{t('scenario.legend')}</legend>
        {node.choices.map((choice) => {
          const id = `${name}-${choice.id}`;
          return (
            <div key={choice.id} className="choice">
              <input
                id={id}
                className="choice__input"
                type="radio"
                name={name}
                checked={selected === choice.id}
                onChange={() => setSelected(choice.id)}
              />
              <label htmlFor={id} className="choice__label">
                {text.node(moduleText.choiceLabel(scenarioId, node.id, choice.id))}
              </label>
            </div>
          );
        })}
      </fieldset>
      <ButtonRow>
        <Button type="submit" disabled={!canChoose}>
          {t('scenario.choose')}
        </Button>
      </ButtonRow>
    </form>
  );
}
