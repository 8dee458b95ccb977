import { NA_VALUE, SCALE_ITEM_COMPONENT } from '@shared/instrument/compile';
import type { KeyboardEvent } from 'react';
import { ReactElementFactory, SurveyQuestionRadioItem } from 'survey-react-ui';
import { wouldWrap } from './scaleKeys';

/**
 * One option of a rating question: a numbered box in a row of five, the
 * labels of the scale's two ends beneath the row, the middle labels read out
 * but not shown, and "not applicable" as a separate option under the row (see
 * respond.css). The input stays a native radio of one group, so Tab, Space
 * and screen readers work as on any radio group.
 */
class ScaleItem extends SurveyQuestionRadioItem {
  private onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const choices = this.question.visibleChoices;
    const index = choices.findIndex((choice) => choice.value === this.item.value);
    if (wouldWrap(event.key, index, choices.length)) event.preventDefault();
  };

  protected override renderRadioButton() {
    const { item, question } = this;
    const numeric = question.visibleChoices.filter((c) => c.value !== NA_VALUE);
    const place =
      item.value === NA_VALUE
        ? 'na'
        : item.value === numeric[0]?.value
          ? 'min'
          : item.value === numeric[numeric.length - 1]?.value
            ? 'max'
            : 'mid';
    const text = this.renderLocString(item.locText);
    return (
      <div
        className={`${question.getItemClass(item)} scale-item scale-item--${place}`}
        role="presentation"
        ref={this.rootRef}
      >
        <label onMouseDown={this.handleOnMouseDown} className="scale-item__label">
          <input
            aria-errormessage={question.ariaErrormessage}
            className={this.cssClasses.itemControl}
            id={question.getItemId(item)}
            type="radio"
            name={question.questionName}
            checked={this.isChecked}
            value={item.value}
            disabled={!question.getItemEnabled(item)}
            readOnly={question.isReadOnlyAttr}
            onChange={this.handleOnChange}
            onKeyDown={this.onKeyDown}
          />
          {place === 'na' ? (
            <span className="scale-item__box scale-item__box--na">{text}</span>
          ) : (
            <>
              <span className="scale-item__box">{String(item.value)}</span>
              <span className="visually-hidden"> – </span>
              <span className={place === 'mid' ? 'visually-hidden' : 'scale-item__end'}>{text}</span>
            </>
          )}
        </label>
      </div>
    );
  }
}

ReactElementFactory.Instance.registerElement(SCALE_ITEM_COMPONENT, (props) => <ScaleItem {...props} />);
