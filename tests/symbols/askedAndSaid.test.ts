/**
 * Symbol text, from the twelfth session's fresh parts: what a young person is asked to do and
 * told to refuse, what "no longer" holds, a dash between clauses, "or" and a second forbidden
 * action, where a rule holds, and words whose sense the sentence decides.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { pic, ids, crossed } = englishSymbolText();

describe('what the young person is asked to do, and told to refuse', () => {
  it('crosses out what someone asks you to carry, when the sentence says to say no', () => {
    expect(crossed('If anyone asks you to carry a package or hold something for them, say no and come and tell me.', 'package')).toBe(true);
    expect(crossed('Someone asking you to carry a parcel to another town? Say no, then ring Ruth.', 'parcel')).toBe(true);
    expect(crossed('Older lads might offer cash to carry a parcel; always say no.', 'parcel')).toBe(true);
  });

  it('ends before "say no": what to do instead stays plain', () => {
    const text = 'If an older friend asks you to carry a package, say no and tell us.';
    expect(crossed(text, 'package')).toBe(true);
    expect(crossed(text, 'tell')).toBe(false);
    expect(crossed(text, 'say no')).toBe(false);
  });

  it('crosses out nothing where saying no is a right, or where nobody asks', () => {
    expect(crossed('If your worker asks you to come to a meeting, you can say no.', 'meeting')).toBe(false);
    expect(crossed('Carry the package to the office, then say no to the next one.', 'package')).toBe(false);
  });
});

describe('negation said in other ways', () => {
  it('crosses out what no longer holds', () => {
    expect(crossed("You're no longer on a doorstep curfew, but you still must not use buses after dark.", 'curfew')).toBe(true);
    expect(crossed("You're on a doorstep curfew, but you still must not use buses after dark.", 'curfew')).toBe(false);
  });

  it('crosses out what is wanted not to be done, and shows nothing for the wanting', () => {
    const text = "The victim doesn't want to meet you, so you'll write a letter to say sorry instead.";
    expect(crossed(text, 'meet')).toBe(true);
    expect(pic(text, 'want')).toBeNull();
    expect(crossed(text, 'letter')).toBe(false);
  });

  it('reads "no comment" as a thing said, not a sign that forbids', () => {
    const text = "Did your solicitor explain that you can answer 'no comment' to any question?";
    expect(crossed(text, 'question')).toBe(false);
    expect(pic(text, 'no comment')).not.toBeNull();
  });

  it('crosses out an app that is blocked, but not a blocked nose', () => {
    expect(crossed("Snapchat and Instagram are blocked on the home's wifi after 10 pm.", 'Snapchat')).toBe(true);
    expect(crossed('Your nose is blocked.', 'nose')).toBe(false);
  });

  it('ends a prohibition at a dash between clauses', () => {
    const text = "Keep well away from Jordan Pike and his mates – that's a bail rule, not advice.";
    expect(crossed(text, 'bail')).toBe(false);
  });

  it('crosses out a second action after "or", past where the first is done', () => {
    expect(crossed('Keep your PIN secret: never write it on your card or tell it to anyone.', 'tell')).toBe(true);
    expect(crossed("Don't hit Sam in the kitchen or shout at staff.", 'shout')).toBe(true);
    // "or" and a new subject is what happens otherwise
    expect(crossed("Don't smoke in your room or you will lose your phone.", 'phone')).toBe(false);
  });

  it('crosses out a school trip and where it goes, past a school year', () => {
    const text = "You can't go on the Year 10 trip to Thornbury Adventure Park because of the fight.";
    expect(crossed(text, 'trip')).toBe(true);
    expect(crossed(text, 'Thornbury Adventure Park')).toBe(true);
    expect(crossed(text, 'fight')).toBe(false);
  });

  it('crosses out what "is not", after a clause that says what is allowed', () => {
    expect(crossed('Being angry is allowed; punching doors is not.', 'doors')).toBe(true);
    expect(crossed('Texting is fine, but calling is not.', 'calling')).toBe(true);
    expect(crossed('Texting is fine, but calling is not.', 'Texting')).toBe(false);
  });

  it('leaves plain a one-word place where the rule holds, not where one may not go', () => {
    expect(crossed("Please don't eat crisps or takeaways upstairs; the kitchen table is for food.", 'upstairs')).toBe(false);
    expect(crossed("Don't smoke indoors.", 'indoors')).toBe(false);
    expect(crossed("Don't go upstairs after 10.", 'upstairs')).toBe(true);
  });
});

describe('senses the sentence decides', () => {
  it('shows no runner where nobody runs', () => {
    expect(pic('Tom must not run up extra charges.', 'run')).toBeNull();
    expect(pic("Don't let it run flat.", 'run')).toBeNull();
    expect(pic("Don't let it run flat.", 'flat')).toBeNull();
    expect(pic('You look run down.', 'run')).toBeNull();
    expect(pic('Run to the bus stop.', 'run')).not.toBeNull();
  });

  it('reads charges, notes, rubbish, flat, cold, hit and likes by their sentence', () => {
    expect(ids('Tom must not run up extra charges.', 'charges')).toEqual(ids('Bring a £5 note.', 'note'));
    expect(ids('You can change a £20 note at the post office.', 'note')).not.toEqual(ids('Write a note to your mum.', 'note'));
    expect(ids('Moving placements is rubbish.', 'rubbish')).not.toEqual(ids('Take the rubbish out.', 'rubbish'));
    expect(ids('You seem really flat today.', 'flat')).not.toEqual(ids('Your new flat is on Mill Road.', 'flat'));
    expect(ids("Tell staff if you're cold, thirsty or hungry.", 'cold')).not.toEqual(ids('You have a cold and a sore throat.', 'cold'));
    expect(ids('Hit the call button by the door.', 'Hit')).not.toEqual(ids('Never hit anyone.', 'hit'));
    expect(pic('Your mum can come if she likes.', 'likes')).toBeNull();
    expect(ids('Worries noted: Ben is scared.', 'noted')).toEqual(ids('Write a note to your mum.', 'note'));
  });

  it('reads a park by its kind, and shows no picture for figures of speech', () => {
    expect(ids('You cannot go to Ashdown Retail Park.', 'Ashdown Retail Park')).not.toEqual(ids('You cannot go to Kelsey Park.', 'Kelsey Park'));
    expect(pic('Your advocate can fight your corner.', 'fight your corner')).toBeNull();
    expect(pic('If you draw a blank, skip that question.', 'draw a blank')).toBeNull();
    expect(pic('If it sounds too good to be true, it is.', 'good to be true')).toBeNull();
    expect(pic('Be there at 9.45 sharp.', 'sharp')).toBeNull();
  });

  it('shows released, then under investigation, as two pictures', () => {
    const text = 'You were released under investigation on 12 October.';
    expect(ids(text, 'released')).not.toEqual(ids(text, 'under investigation'));
  });
});

describe('what did not happen, from the 34th and 35th fresh parts', () => {
  it('reads "haven\'t", "hasn\'t" and "hadn\'t" as denials', () => {
    expect(crossed("You said you haven't been sleeping and you keep getting headaches.", 'sleeping')).toBe(true);
    // a new subject after "and" is a new clause
    expect(crossed("You said you haven't been sleeping and you keep getting headaches.", 'headaches')).toBe(false);
    expect(crossed('Well done – for three months you have not borrowed any money.', 'money')).toBe(true);
  });

  it('crosses out what nobody could do', () => {
    expect(crossed('They kept you in a cell overnight because nobody could come and collect you.', 'come')).toBe(true);
  });

  it('crosses out what is refused or turned down, and what is skipped of meals and sport', () => {
    expect(crossed('PC Shah told me you refused the mouth swab this morning.', 'mouth swab')).toBe(true);
    expect(crossed("The judge turned down your bail, so you'll be remanded.", 'bail')).toBe(true);
    const request = 'The panel turned down your request to finish the order early.';
    expect(crossed(request, 'finish')).toBe(true);
    expect(crossed(request, 'order')).toBe(false);
    expect(crossed("Tyler's mum refused to sign the contract.", 'sign')).toBe(true);
    expect(crossed("Tyler's mum refused to sign the contract.", 'contract')).toBe(false);
    expect(crossed('You have been skipping meals.', 'meals')).toBe(true);
    expect(crossed('Dr Khan will write a note so you can skip PE this week.', 'PE')).toBe(true);
  });

  it('leaves plain what refusing as a right, a turned-down volume, a declined card or a skipped appointment names', () => {
    expect(crossed('You can refuse the swab.', 'swab')).toBe(false);
    expect(crossed('Turn down the music.', 'music')).toBe(false);
    expect(crossed('Your card was declined at the shop.', 'shop')).toBe(false);
    expect(crossed("Don't skip meals.", 'meals')).toBe(false);
    expect(crossed('Skipping a YOT session twice means Jordan must write to the judge.', 'twice')).toBe(false);
  });

  it('crosses out what is called off when the thing and its "is" are one word', () => {
    expect(crossed("Footie's cancelled tonight cos of the rain.", "Footie's")).toBe(true);
  });

  it('crosses out what is not needed, and shows nothing for the needing', () => {
    expect(crossed("A suit isn't needed for youth court.", 'suit')).toBe(true);
    expect(pic("A suit isn't needed for youth court.", 'needed')).toBeNull();
  });

  it('ends a denial at ", and that\'s okay"', () => {
    const text = "You chose not to come to your review, and that's okay, but we still made some decisions.";
    expect(crossed(text, 'come')).toBe(true);
    expect(crossed(text, 'okay')).toBe(false);
  });

  it('leaves a school night plain: it is when the rule holds', () => {
    expect(crossed('Friends can come round until 9, but nobody stays over on a school night.', 'school night')).toBe(false);
  });
});

describe('times and words of the 34th and 35th fresh parts', () => {
  it('puts an hour in the evening when the sentence is about being late home or friends in the lounge', () => {
    expect(ids("If the bus breaks down and you're going to be late home, phone the tag company before 9.", '9')).toEqual(['clock:21:00']);
    expect(ids('Friends can hang out in the lounge until 9.', '9')).toEqual(['clock:21:00']);
    expect(ids('Leave the house by 8.', '8')).toEqual(['clock:08:00']);
  });

  it('shows no picture for "sharp" or "past" after a time, nor for phrasal and figurative uses', () => {
    expect(pic('Alarm goes at 7 sharp.', 'sharp')).toBeNull();
    expect(pic('Be downstairs by twenty past.', 'past')).toBeNull();
    expect(pic('Hi Tia, running 10 mins late.', 'running')).toBeNull();
    expect(pic('Running behind, so sit tight.', 'sit tight')).toBeNull();
    expect(pic('Speaking up was the right call.', 'right call')).toBeNull();
    expect(pic('Tell us what is working.', 'working')).toBeNull();
    expect(pic('while the case goes on', 'goes on')).toBeNull();
    expect(pic('Head to the Base for ten minutes.', 'head')).toBeNull();
  });

  it('shows a camera for a recorded interview, not for a record written down', () => {
    const camera = ids('Your police interview will be recorded on video.', 'recorded');
    expect(ids('Everything said in the interview room goes onto a recording.', 'recording')).toEqual(camera);
    expect(ids('Interview record: the interview was stopped at 23:10.', 'record')).not.toEqual(camera);
    expect(ids('Missed appointments are recorded, and the court will be told.', 'recorded')).not.toEqual(camera);
  });

  it('shows no talk for going over a limit', () => {
    expect(pic('Going over your data allowance could add £30 to the bill.', 'Going over')).toBeNull();
    expect(pic('We will go over your plan together.', 'go over')).not.toBeNull();
  });

  it('reads chairs, a meeting chaired, praise for work and a night out late by their sentence', () => {
    expect(ids("You can't punch doors or throw chairs.", 'chairs')).not.toEqual(ids('Mr Chen chairs your review.', 'chairs'));
    expect(ids('Brilliant work!', 'brilliant work')).not.toEqual(ids('Work starts at 9.', 'Work'));
    expect(ids('Out late and scared?', 'Out late')).not.toEqual(ids('Sorry I am late.', 'late'));
  });
});

describe("a second reviewer's findings on this session's rules", () => {
  it('takes "say no" only from asking in its own sentence, or in a question just before', () => {
    expect(crossed('Staff will ask you to tidy your room. If someone offers you a cigarette, say no.', 'room')).toBe(false);
    expect(crossed('Staff will ask you to tidy your room. If someone offers you a cigarette, say no.', 'cigarette')).toBe(true);
    expect(crossed('Staff told you to come home by 9. If your mates try to keep you out, say no.', 'come home')).toBe(false);
    const friends = "If your friends want to go to the park, it's okay to go, but if they ask you to steal, say no.";
    expect(crossed(friends, 'park')).toBe(false);
    expect(crossed(friends, 'steal')).toBe(true);
    expect(crossed('If a doctor asks you to have an injection, it is your choice to say no.', 'injection')).toBe(false);
    // what is offered is plain when what you would do for it follows
    expect(crossed('If an older lad offers you trainers or cash to drop off a parcel, say no and walk away.', 'trainers')).toBe(false);
  });

  it('crosses out what someone asks for, when told to say no, but leaves "say no to drugs" to its own rule', () => {
    expect(crossed('When you get to know people online, if they ask for photos, say no.', 'photos')).toBe(true);
    expect(crossed('When you get to know people online, if they ask for photos, say no.', 'people')).toBe(false);
    expect(crossed('Ask for help if you need it, and say no to drugs.', 'drugs')).toBe(true);
    expect(crossed('If an older lad asks you to hold drugs, say no to him.', 'drugs')).toBe(true);
  });

  it('shows no injury for "it wouldn\'t hurt to", a suggestion', () => {
    expect(pic("It wouldn't hurt to say sorry.", 'hurt')).toBeNull();
    expect(crossed("It won't hurt.", 'hurt')).toBe(true);
    expect(pic('Did it hurt?', 'hurt')).not.toBeNull();
  });

  it('crosses out no place where an accident is to be avoided', () => {
    expect(crossed('Be careful not to trip on the stairs.', 'stairs')).toBe(false);
  });

  it('reads "no longer than" as a limit', () => {
    expect(crossed('Calls can last no longer than ten minutes.', 'minutes')).toBe(false);
  });

  it('goes on past a dash before "or"', () => {
    expect(crossed("Don't drink – or smoke – in your room.", 'smoke')).toBe(true);
  });

  it('leaves "is not" alone when all it would cross out is a person', () => {
    expect(crossed('Your brother is allowed to visit, your dad is not.', 'dad')).toBe(false);
    expect(pic('Your brother is allowed to visit, your dad is not.', 'not')).not.toBeNull();
    expect(crossed('Feeling furious is allowed; punching walls or lashing out at staff isn\'t.', 'walls')).toBe(true);
  });

  it('reads a sentence-first "n\'t" before a pronoun as a question or an exclamation', () => {
    expect(crossed("Wouldn't it be better to phone first?", 'phone')).toBe(false);
    expect(crossed("Haven't you been told to phone staff first?", 'phone')).toBe(false);
    expect(crossed("Hasn't he done brilliantly this term!", 'brilliantly')).toBe(false);
    expect(crossed("Don't you dare go to the park.", 'park')).toBe(true);
  });

  it('crosses out only what is refused, skipped or dropped', () => {
    expect(crossed('She turned down the music when you asked.', 'music')).toBe(false);
    expect(crossed('Skipping lunch to go to the gym is not healthy.', 'gym')).toBe(false);
    expect(crossed('You refused your medication last night.', 'last night')).toBe(false);
    expect(crossed("Don't bring friends upstairs.", 'upstairs')).toBe(true);
    expect(crossed('The prosecution dropped two of the charges.', 'charges')).toBe(true);
    expect(crossed('I dropped my phone.', 'phone')).toBe(false);
    expect(crossed("Mum's cancelled the visit.", "Mum's")).toBe(false);
  });

  it('keeps senses to their own sentences', () => {
    expect(ids("Don't hit anyone with your keys.", 'hit')).toEqual(ids('Never hit anyone.', 'hit'));
    expect(crossed("Don't run in the corridor or you'll be late.", 'run')).toBe(true);
    expect(crossed("Don't run up the stairs.", 'run')).toBe(true);
    expect(crossed('Never carry anything sharp when you meet your mates.', 'sharp')).toBe(true);
    expect(ids('Leave a note for staff if you go out before 10.', 'note')).toEqual(ids('Write a note to your mum.', 'note'));
    expect(ids("If you're found guilty of the charges, you may have to pay a fine.", 'charges')).toEqual(ids('You were charged with theft.', 'charged'));
    expect(pic('Is there a time that suits you for court?', 'suits')).toBeNull();
    expect(ids("If you're feeling low, go back to your flat.", 'flat')).toEqual(ids('Your new flat is on Mill Road.', 'flat'));
    expect(ids('Did you trip and fall?', 'trip')).not.toEqual(ids('You can go on the school trip.', 'school trip'));
  });

  it('keeps morning hours in the morning where nothing says evening', () => {
    expect(ids('Your YOT worker will come round at 10 on Tuesday.', '10')).toEqual(['clock:10:00']);
    expect(ids('Breakfast is in the lounge at 8.', '8')).toEqual(['clock:08:00']);
    expect(ids('The tag company will phone you at 9 tomorrow.', '9')).toEqual(['clock:09:00']);
  });
});

describe('from the 36th and 37th fresh parts', () => {
  it('crosses out what is handed over, looked in or searched, and who is not wanted', () => {
    expect(crossed("Never hand over your debit card or PIN, whoever's asking.", 'debit card')).toBe(true);
    const diary = "The staff here won't look in your diary or search your drawers unless you say it's okay.";
    expect(crossed(diary, 'diary')).toBe(true);
    expect(crossed(diary, 'search')).toBe(true);
    expect(crossed("I don't want chips.", 'chips')).toBe(true);
    expect(pic("I don't want chips.", 'want')).toBeNull();
  });

  it('shows no picture for figures of speech, and reads letters, earning and arriving by their sentence', () => {
    for (const [text, words] of [
      ["Officers mustn't lay a finger on you or call you names.", 'lay a finger'],
      ["You're on thin ice with your bail now.", 'on thin ice'],
      ["The first meeting's just to break the ice.", 'break the ice'],
      ['No vaping in the toilets, full stop.', 'full stop'],
      ['We will go to the college open day.', 'open day'],
    ]) expect(pic(text, words)).toBeNull();
    expect(ids('Then you read letters off a chart.', 'letters')).not.toEqual(ids('A letter came from the court.', 'letter'));
    expect(pic("You've earned the trip to the cinema.", 'earned')).toBeNull();
    expect(pic('Earn an extra £5 by hoovering the lounge.', 'Earn')).not.toBeNull();
    expect(ids("You were gutted when your dad didn't turn up on Saturday.", 'turn up')).not.toEqual(ids('Turn up the music.', 'Turn up'));
    expect(pic("Keep your keys on the hook so they don't go missing.", 'go missing')).toBeNull();
    expect(ids("If you're going to be late back, text the staff phone before 9.", '9')).toEqual(['clock:21:00']);
  });
});

describe('from the 38th and 39th fresh parts', () => {
  it('leaves plain the money and the account someone asks to use, as labellers do', () => {
    const text = 'If someone offers to put money in your account, say no and tell your key worker.';
    expect(crossed(text, 'money')).toBe(false);
    expect(crossed(text, 'account')).toBe(false);
  });

  it('reads the house one is not allowed out of as where one stays', () => {
    expect(crossed('You are not allowed out of the house between 9 at night and 6 in the morning.', 'house')).toBe(false);
    expect(crossed('You are not allowed in the park.', 'park')).toBe(true);
  });

  it('ends a prohibition at ", and" before a verb and who to ring, and keeps an app plain after "anything"', () => {
    expect(crossed("If Jordan turns up, don't open the door, and phone Kim straight away.", 'phone')).toBe(false);
    expect(crossed('Do not buy or sell anything on Instagram for other people.', 'Instagram')).toBe(false);
    expect(crossed('Do not buy or sell anything on Instagram for other people.', 'sell')).toBe(true);
  });

  it('reads looking unwell, sitting a test, calling a judge Madam and being locked up by their sentence', () => {
    expect(pic('You look washed out.', 'look')).toBeNull();
    expect(pic('You can sit the test in the quiet room.', 'sit')).toBeNull();
    expect(pic('Stand up when the judge comes in, and call her Madam.', 'call')).toBeNull();
    expect(ids('The police will probably lock you up until court.', 'lock you up')).not.toEqual(ids('Lock the door.', 'Lock'));
    expect(pic("Even on your birthday, I'm afraid.", "I'm afraid")).toBeNull();
  });
});
