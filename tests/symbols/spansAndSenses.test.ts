/**
 * Symbol text, from the fourteenth session's fresh parts and vocabulary audit: times read from
 * the span they stand in, and words whose sense the sentence decides.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { ids, pic, crossed } = englishSymbolText();

describe('times', () => {
  it('counts doses beside a medicine ("one at night") and keeps hours said with "at"', () => {
    expect(ids('Take one tablet in the morning and one at night, but never two at once, even if you forget.', 'one').some((id) => id.startsWith('clock:'))).toBe(false);
    expect(ids('Take your tablet at one in the afternoon.', 'one')).toEqual(['clock:13:00']);
  });

  it('starts a span that runs past noon in the morning, whatever the evening words elsewhere', () => {
    const plan = 'Thursday plan: college 9 till 1, lunch, then YOT at 2.30 and home by 5.';
    expect(ids(plan, '9')).toEqual(['clock:09:00']);
    expect(ids(plan, '5')).toEqual(['clock:17:00']);
    expect(ids('Lessons 9 till 12.30, then home by 6.', '9')).toEqual(['clock:09:00']);
    // a span that stays in the evening is still evening
    expect(ids('Curfew is 7 till 11.', '7')).toEqual(['clock:19:00']);
  });
});

describe('senses a reviewer found misleading (vocabulary audit)', () => {
  it('shows a police officer only for the police, not for other workers called officers', () => {
    expect(ids('An officer will take your fingerprints and a swab from your mouth.', 'officer')).toEqual(['1F46E']);
    expect(pic('The referral order officer will go through your contract with you.', 'officer')).toBeNull();
    expect(pic('The attendance officer from the council will visit you at home.', 'officer')).toBeNull();
    expect(pic('The school liaison officer will help you settle back into class.', 'liaison officer')).toBeNull();
  });

  it('keeps custody, court and benefit words apart', () => {
    expect(pic('You have been remanded to local authority accommodation, so you will live with foster carers.', 'remanded')).toBeNull();
    expect(ids('Mess up on bail and you could be remanded till the trial.', 'remanded')).toEqual(['secure-childrens-home']);
    expect(ids('When you turn 18 you can sign on at the Jobcentre for Universal Credit.', 'sign on')).toEqual(['job-centre']);
    expect(ids('Sign on at Castlegate nick every Tuesday.', 'sign on')).toEqual(['reporting']);
    expect(pic('Before you give evidence, you will swear an oath.', 'swear')).toBeNull();
    expect(pic('Cocaine is a Class A drug and carries a long sentence.', 'class')).toBeNull();
    expect(pic('The judge suspended your prison sentence for 12 months.', 'suspended')).toBeNull();
    expect(ids('Northgate High has suspended you for three days from tomorrow.', 'suspended')).toEqual(['school-exclusion']);
  });

  it('pictures the sense the sentence means', () => {
    expect(ids('Lock up your bike outside college.', 'lock up')).toEqual(['1F512']);
    expect(ids('The minutes of your review meeting will be posted to you.', 'minutes')).toEqual(['1F4C4']);
    expect(pic('You were moved to an emergency placement last night.', 'emergency')).toBeNull();
    expect(pic('Shouting in the street caused alarm or distress to people nearby.', 'alarm')).toBeNull();
    expect(pic('Reparation is a chance to repair the harm you caused.', 'repair')).toBeNull();
    expect(pic('We need a placement that can meet your needs.', 'meet')).toBeNull();
    expect(ids('Police saw you drink in the park with older lads.', 'drink')).toEqual(['1F37B']);
    expect(pic('All your hard work at college will pay off.', 'pay off')).toBeNull();
    expect(ids('Some banks charge you if you go overdrawn, so keep an eye on your account.', 'keep an eye on')).toEqual(['1F440']);
  });

  it('does not cross out hurting someone unless the sentence forbids it', () => {
    expect(crossed('When you hurt someone, it affects their whole family too.', 'hurt someone')).toBe(false);
    expect(crossed('House rule 3: do not hurt someone on purpose.', 'hurt someone')).toBe(true);
  });

  it('reads no phrase across a comma ("after care ends, up to age 25")', () => {
    const t = 'Your personal adviser, Priya, stays in touch after care ends, up to age 25.';
    expect(ids(t, 'ends')).toEqual(['1F3C1']);
  });
});

describe('lists, exceptions and what did not happen (48th part)', () => {
  it('carries a "no" down a list after a comma, and shows no tick for the rule\'s "allowed"', () => {
    expect(crossed('In PE you can wear your own trainers, but no jewellery, earrings or watches.', 'watches')).toBe(true);
    const house = 'No smoking, vaping or drinking alcohol is allowed anywhere in the house or garden.';
    expect(crossed(house, 'vaping')).toBe(true);
    expect(crossed(house, 'house')).toBe(false);
    expect(pic(house, 'allowed')).toBeNull();
    expect(pic('No phones or vapes are allowed in the house.', 'allowed')).toBeNull();
    expect(crossed('No vaping, smoking or drinking is allowed in the house.', 'smoking')).toBe(true);
  });

  it('reads "hit you, grab you or film you" as one list, and stops at the next instruction', () => {
    expect(crossed('Nobody has the right to hit you, grab you or film you.', 'film')).toBe(true);
    // "you" before anything but a list is still a new clause
    expect(crossed('Nobody from your old crew is allowed to pick you up from the hostel.', 'hostel')).toBe(false);
    const contract = 'Your contract says you will stay off cannabis and keep your phone charged.';
    expect(crossed(contract, 'cannabis')).toBe(true);
    expect(crossed(contract, 'phone')).toBe(false);
  });

  it('crosses out the answering, not the phone, and the asking left out "without being asked"', () => {
    const dad = 'Your appropriate adult was Ayesha, because your dad didn\'t answer his phone.';
    expect(crossed(dad, 'answer')).toBe(true);
    expect(crossed(dad, 'phone')).toBe(false);
    expect(crossed('You cleaned up afterwards without being asked.', 'asked')).toBe(true);
  });

  it('crosses out an exception to a permission, not a time that only says when', () => {
    expect(crossed('Pat said you can have friends round on Saturdays, except overnight.', 'overnight')).toBe(true);
    expect(crossed('You can use the quiet room at lunch, except on Fridays when there is a club.', 'Fridays')).toBe(true);
    expect(crossed('You can go anywhere except the town centre and the park.', 'park')).toBe(true);
    expect(crossed('Screens are fine any time except after 10 on weeknights.', 'time')).toBe(false);
    // in a sentence that forbids, the exception is who may
    expect(crossed('Nobody can read your care file apart from you and your social worker.', 'social worker')).toBe(false);
  });

  it('shows an eye for being seen somewhere, and a meeting for being seen by a nurse', () => {
    expect(ids('You were seen in the town centre after your curfew, so the police officer wrote it down.', 'seen')).toEqual(['1F441']);
    expect(ids("You'll be seen by a nurse on Tuesday.", 'seen')).not.toEqual(['1F441']);
  });
});

describe('picture names that mislead in this field (second audit, of the library\'s own names)', () => {
  it('shows nothing for idioms and field senses, and keeps the literal picture where it is meant', () => {
    expect(pic('You have been charged with battery after the fight at school.', 'battery')).toBeNull();
    expect(ids('Charge your tag battery every day.', 'battery')).toEqual(['1F50B']);
    expect(pic('Never borrow money from a loan shark.', 'loan shark')).toBeNull();
    expect(pic('At the YOI you will live on a wing with other young people.', 'wing')).toBeNull();
    expect(pic('We need to get you registered with a GP.', 'registered')).toBeNull();
    expect(pic('Police found six rocks of crack in your bag.', 'rocks')).toBeNull();
    expect(pic('If you keep missing shifts, your manager could fire you.', 'fire')).toBeNull();
    expect(pic('The last few months have been a roller coaster for you.', 'roller coaster')).toBeNull();
    expect(ids('Keep your keys on the hook by the front door.', 'hook')).toEqual(['1FA9D']);
    expect(ids('Never take more than it says on the label.', 'label')).toEqual(['1F3F7']);
  });

  it('pictures the sense meant: sofa surfing, a tummy bug, butterflies before court', () => {
    expect(ids('Are you sofa surfing at the moment?', 'sofa surfing')).toEqual(['1F6CB']);
    expect(ids("If you've got a tummy bug, stay home.", 'bug')).toEqual(['1F912']);
    expect(ids('You might get butterflies before court.', 'butterflies')).toEqual(['1F630']);
  });

  it('shows no runner for "a second session running", and no runaway for a lost card', () => {
    expect(pic('Missing a second session running means a formal warning.', 'running')).toBeNull();
    expect(pic('Ring the bank if your card goes missing or gets stolen.', 'goes missing')).toBeNull();
    expect(ids('Your brother went missing last night.', 'went missing')).toEqual(['missing-from-home']);
  });

  it('reads a pet\'s or person\'s name as a name ("feeding Biscuit", "Cat from the YOT")', () => {
    expect(pic('Your jobs this week are emptying the bins and feeding Biscuit.', 'Biscuit')).toBeNull();
    expect(pic('You can call Cat, your advocate, if you are unhappy.', 'Cat')).toBeNull();
  });
});

describe('words of two meanings (a homograph check, and a second reviewer\'s worse cases)', () => {
  it('pictures the meaning the sentence has', () => {
    expect(ids('Turn left at the shop and the office is on the right.', 'turn left')).toEqual(['2B05']);
    expect(ids('Put the rubbish in the refuse bin.', 'refuse bin')).toEqual(['1F6AE']);
    expect(ids('Two matches this weekend, both at home.', 'matches')).toEqual(['26BD']);
    expect(crossed('Never play with matches or lighters.', 'matches')).toBe(true);
    expect(pic('The charger is in the top drawer.', 'drawer')).toBeNull();
    expect(pic('There is no room in the car for your bike.', 'room')).toBeNull();
    expect(pic('Your key worker will be your point of contact.', 'point of contact')).toBeNull();
    expect(crossed("I can't stand it when people shout at me.", "can't stand")).toBe(false);
    expect(ids('Fire officers came to the house.', 'fire officers')).toEqual(['1F9D1-200D-1F692']);
  });

  it('keeps the literal picture where the sentence means it (a second reviewer\'s worse cases)', () => {
    expect(ids('The officer in charge of your case is DC Smith.', 'officer')).toEqual(['1F46E']);
    expect(ids('The bird hurt its wing.', 'wing')).toEqual(['1FABD']);
    expect(ids('There were bugs in the mattress.', 'bugs')).toEqual(['1F41B']);
    expect(ids('Please put a label on your lunch box.', 'label')).toEqual(['1F3F7']);
    expect(ids('Take your coat off the hook.', 'off the hook')).toEqual(['1FA9D']);
    expect(pic('Staying quiet will not get your friends off the hook.', 'off the hook')).toBeNull();
    expect(ids('Your support package includes help with money.', 'support package')).toEqual(['1F9D1-200D-1F91D-200D-1F9D1']);
  });

  it('shows no runner for bail that runs, no clothes for a plaster put on, coins for change for the bus', () => {
    expect(pic('Your bail will run until the trial.', 'run')).toBeNull();
    expect(ids("Don't run from the police.", 'run')).toEqual(['1F3C3']);
    expect(pic('Put a plaster on the cut.', 'put')).toBeNull();
    expect(ids('Bring some change for the bus.', 'change')).toEqual(['1FA99']);
    expect(pic('The film is released on Friday.', 'released')).toBeNull();
    expect(ids('You have been released on bail.', 'released')).toEqual(['released']);
  });

  it('reads "don\'t bunk off school" as going to school, and "show up on the bill" as appearing', () => {
    expect(crossed("Don't bunk off school.", 'school')).toBe(false);
    expect(ids('Show up on time for your appointment.', 'show up')).toEqual(['1F6B6']);
    expect(ids('The number will not show up on the phone bill.', 'show up')).not.toEqual(['1F6B6']);
  });
});

describe('from the 50th part', () => {
  it('reads lifting conditions, kicking off a panel and hours left as what they mean', () => {
    expect(pic('You are not allowed on Snapchat until the court lifts your bail conditions.', 'lifts')).toBeNull();
    expect(pic('Your order kicks off with a panel on 2 May.', 'kicks off')).toBeNull();
    expect(ids('When it all kicks off on the unit, go to your room.', 'kicks off')).toEqual(['1F621']);
    expect(pic("You've got 12 hours of reparation left.", 'left')).toBeNull();
    expect(pic('Flash your exit pass at Miss Rowe and head to the calm room.', 'head')).toBeNull();
    expect(ids('On Tuesday you and Mum meet the head to plan your fresh start.', 'head')).toEqual(['head-teacher']);
  });

  it('pictures slang and phrases for what they mean', () => {
    expect(ids('The go-karting trip is on!', 'go-karting')).toEqual(['1F3CE']);
    expect(ids('Do you want to link up and chat about it?', 'link up')).toEqual(['1F91D']);
    expect(ids('When you are vexed, try slow breathing.', 'slow breathing')).toEqual(['1F62E-200D-1F4A8']);
    expect(pic('Get up when your alarm goes off, and stop hitting snooze!', 'hitting snooze')).toBeNull();
    expect(ids('Officers are holding onto your mobile for their enquiries.', 'holding')).toEqual(['1F512']);
    expect(pic('If someone offers you money to hold a package or a phone for them, say no.', 'hold')).toBeNull();
  });

  it('carries the not-mark down "hurt you, scream at you or take your cash"', () => {
    expect(crossed('They have no right to hurt you, scream at you or take your cash.', 'cash')).toBe(true);
  });
});

describe('from the 51st part', () => {
  it('reads the scope of a rule through lists, clauses and delays', () => {
    const home = 'Hitting, pushing or grabbing at home is never okay, even from an adult you love.';
    expect(crossed(home, 'Hitting')).toBe(true);
    expect(crossed(home, 'home')).toBe(false);
    expect(crossed("Don't text anyone from the Kestrel estate while you're on bail.", 'bail')).toBe(false);
    expect(crossed("It's okay to cry and let off steam, as long as nobody gets hurt.", 'hurt')).toBe(true);
    const later = "You won't hear about a court date for weeks.";
    expect(crossed(later, 'hear')).toBe(true);
    expect(crossed(later, 'court date')).toBe(false);
    const photos = 'If someone online asks you for photos, stop replying, block them and tell Dami right away.';
    expect(crossed(photos, 'replying')).toBe(true);
    expect(crossed(photos, 'block')).toBe(false);
    expect(crossed(photos, 'tell')).toBe(false);
    expect(crossed("Officers aren't allowed to start asking you questions about Saturday.", 'questions')).toBe(true);
    const grooming = "If an older lad offers you cash to mind a bag or run a parcel, that's grooming; say no and ring me.";
    expect(crossed(grooming, 'bag')).toBe(true);
    expect(crossed(grooming, 'parcel')).toBe(true);
    expect(crossed("Don't mind the noise.", 'noise')).toBe(false);
  });

  it('puts a sleepless small hour in the night', () => {
    expect(ids("You've told me you lie awake till 2.", '2')).toEqual(['clock:02:00']);
    expect(ids('School finishes at 3.', '3')).toEqual(['clock:15:00']);
  });

  it('pictures the sense meant', () => {
    // ("go round the back of the building" is no "go back"; "go back to your room" is)
    expect(ids('Go round the back of the building to the entrance.', 'go')).toEqual(['1F6B6']);
    expect(ids('Go back to your room.', 'go back')).toEqual(['21AA']);
    expect(ids("Your phone's on silent, so turn it up.", 'turn')).toEqual(['1F50A']);
    expect(pic('Put a label on each box.', 'put')).toBeNull();
    expect(pic('Finish the whole course of antibiotics.', 'course')).toBeNull();
    expect(pic('Walk Bella round the block after school.', 'block')).toBeNull();
    expect(pic("They'll bag up your laces and hand them back on release.", 'hand')).toBeNull();
    expect(ids('Try to get six glasses down you each day.', 'glasses')).toEqual(['1F943']);
    expect(pic("Once you're back on your feet, you can go back to the gym.", 'back on your feet')).toBeNull();
  });
});

describe('slang young people use, echoed back by workers', () => {
  it('shows no plug for a dealer, no finish line for your ends, no sick face for "that\'s sick"', () => {
    expect(pic('Someone said you were working for a plug in Manchester.', 'plug in')).toBeNull();
    expect(ids('Plug in your phone before bed.', 'plug in')).toEqual(['1F50C']);
    expect(pic('Stay out of your old ends for now.', 'ends')).toBeNull();
    expect(pic("That's sick, well done on your exam!", 'sick')).toBeNull();
  });
});

describe('from the 52nd and 53rd parts, and a second reviewer\'s third round', () => {
  it('keeps what is required after leaving something out ("skip anything except school")', () => {
    expect(crossed('You can skip anything except school.', 'school')).toBe(false);
    expect(crossed('You can take off anything except your tag.', 'tag')).toBe(false);
    expect(crossed('You can say no to anything except seeing the nurse.', 'seeing')).toBe(false);
    expect(crossed('You can turn down anything except the college place.', 'college')).toBe(false);
    expect(crossed('The bus can be late, except on Sundays.', 'Sundays')).toBe(false);
    expect(crossed('You can have friends round on Saturdays, except overnight.', 'overnight')).toBe(true);
  });

  it('reads the scope of "no", "and can" and "involved in"', () => {
    expect(crossed('No phones, no smoking and no swearing in the meeting room.', 'no smoking')).toBe(false);
    expect(crossed('No phones, no smoking and no swearing in the meeting room.', 'swearing')).toBe(true);
    expect(crossed('A voluntary interview means you are not under arrest and can leave whenever you choose.', 'leave')).toBe(false);
    expect(crossed("Don't get involved in fights at school.", 'fights')).toBe(true);
  });

  it('pictures the sense meant', () => {
    expect(ids('Keep matches away from children.', 'matches')).toEqual(['1F525']);
    expect(ids('If it kicks off at the party, come home straight away.', 'kicks off')).toEqual(['1F621']);
    expect(ids('Kick-off is at 3pm.', 'kick-off')).toEqual(['26BD']);
    expect(ids('You can drink alcohol when you are 18.', 'can')).toEqual(['2705']);
    expect(ids('Please park the car round the back.', 'park')).toEqual(['1F17F']);
    expect(ids('You will be remanded in custody.', 'remanded in custody')).toEqual(['secure-childrens-home']);
    expect(pic('There is some pizza left in the fridge.', 'left')).toBeNull();
    expect(pic('It is key that you turn up.', 'key')).toBeNull();
    expect(ids('You can keep your own key to the flat.', 'key')).toEqual(['1F511']);
    expect(pic('Your bail address is fixed.', 'fixed')).toBeNull();
    expect(ids('The sergeant reads you your rights.', 'reads you your rights')).toEqual(['1F5E3']);
    expect(pic('When panic starts, name five things you can see.', 'name')).toBeNull();
    expect(pic('We reported it and it was taken down by Monday.', 'reported')).toBeNull();
    expect(ids('The sergeant will lend you some slip-on shoes.', 'lend')).toEqual(['1FAF4']);
    expect(pic('You can text Shout on 85258 any time.', 'Shout')).toBeNull();
  });
});
