import type { LanguagePack } from "../types.js";

export const en: LanguagePack = {
  code: "en",
  functionWords: `the and is are was were to of in on for with this that it its my your you i me we our they
    have has had not but what when why how who just would could should will can do does did don't doesn't
    didn't i'm it's be been an at from by or if so than then there their them out about up get got still thanks thank please`,
  negators: `not no never nothing nobody none nor neither without cannot can't cant don't dont doesn't doesnt
    didn't didnt isn't isnt aren't arent wasn't wasnt weren't werent won't wont wouldn't wouldnt shouldn't
    couldn't couldnt haven't havent hasn't hasnt hadn't ain't lack lacks lacking`,
  intensifiers: `very really so too extremely absolutely totally completely utterly incredibly super highly
    most such truly seriously especially particularly exceptionally insanely ridiculously terribly awfully
    hugely deeply fully quite damn freaking fucking bloody`,
  diminishers: `slightly somewhat barely hardly kinda kind_of sort_of sorta little bit a_bit marginally partly
    almost fairly rather`,
  contrast: "but however although though yet nevertheless nonetheless except",
  positive: `good:1.9 well_done:2.2 great:3.1 excellent:3.2 amazing:2.8 awesome:3.1 perfect:2.7 love:3.2 loved:2.9 loving:2.9
    happy:2.7 thanks:1.9 thank:1.5 thx:1.5 ty:1 recommend*:1.5 fast:1 quick*:1 quickly:1 speedy:1.5 helpful:1.8
    friendly:2.2 polite:2 reliable:1.8 smooth:1.2 easy:1.7 fantastic:2.6 wonderful:2.7 brilliant:2.8 superb:3
    outstanding:3 impressed:2.1 satisfied:1.8 pleased:2 delighted:2.9 well_packed:2 arrived_on_time:2
    on_time:1 as_described:1.5 value_for_money:2 worth_it:2 bargain:1.5 sorted:1 resolved:1.5 fixed:1
    kudos:2 cheers:1.5 yay:2.4 woohoo:2.3 best:3.2 nice:1.8 cool:1.3 glad:2 grateful:2.7 appreciate*:1.8
    can't_wait:2 cannot_wait:2 can_not_wait:2`,
  negative: `for_no_reason:-1 without_explanation:-1 without_warning:-1 fake:-1.8 fakes:-1.8 knockoff*:-2 counterfeit*:-2.3 bad:-2.5 terrible:-2.9 awful:-2.9 horrible:-2.9 worst:-3.1 useless:-2.3 broken:-2.1 broke:-1.5
    damaged:-2 defective:-2.3 faulty:-2.2 disappointed:-2.2 disappointing:-2.2 disappointment:-2.3 annoyed:-2
    angry:-2.3 furious:-2.9 unacceptable:-2.8 ridiculous:-2 pathetic:-2.6 rude:-2.2 incompetent:-2.5
    scam:-3 scammed:-3 fraud:-3 ripoff:-2.6 rip-off:-2.6 ripped_off:-2.8 cheated:-2.6 waste:-1.8
    waste_of_money:-3 waste_of_time:-2.8 delayed:-1.6 delay:-1.4 delays:-1.4 late:-1.2 lost:-1.5 missing:-1.5
    cancelled:-1.6 canceled:-1.6 cancellation:-1.2 never_arrived:-2.8 never_received:-2.8 not_received:-2.4
    still_waiting:-2.2 still_no:-1.5 no_response:-2 no_answer:-2 no_reply:-2 on_hold:-1.4 hold_music:-0.8
    refund:-0.5 complaint:-1.5 complain*:-1.6 issue:-1 issues:-1 problem:-1.5 problems:-1.6 fail:-2 failed:-2
    fails:-2 failing:-1.8 failure:-2.2 error:-1.5 errors:-1.5 wrong:-2 stuck:-1.5 stranded:-2.2 nightmare:-2.9
    shambles:-2.5 joke:-0.5 disgrace:-2.7 disgusting:-2.9 avoid:-1.5 beware:-2 never_again:-2.8 fuming:-2.9
    sucks:-2.3 sucked:-2.1 crap:-2.3 shit:-2.6 shitty:-2.6 wtf:-2.3 meh:-1 fuck*:-2.5 hate:-2.7 hated:-2.8
    overcharged:-2.4 overpriced:-2 misleading:-2 unhelpful:-2.1 unprofessional:-2.3 poor:-2.1 poorly:-2
    cheap_quality:-2 flimsy:-1.8 ignored:-1.9 ignoring:-1.9 hung_up:-2 worse:-2.1 sad:-2.1 sorry:-0.3 ugh:-1.8
    fuming:-2.9 outraged:-2.9 frustrated:-2.2 frustrating:-2.2 frustration:-2.1 smh:-1.5 lame:-1.8
    sick:-1.4 dead:-1.8 died:-2 killed:-2.5 death:-2.9 war:-2.9 attack*:-2.1 crash*:-1.8 pain:-2.3 hurt:-2.4
    miss_you:0.5
    too_big:-1.5 too_small:-1.5 too_tight:-1.5 too_large:-1.5
    absurd:-2 are_you_kidding:-2.5 you're_kidding:-2 you_must_be_kidding:-2.5 kidding_me:-2.5
    would_have_been_nice:-1.8 would've_been_nice:-1.8 woulda_been_nice:-1.8 would_be_nice_if:-1.2
    it'd_be_nice_if:-1.2 stay_classy:-2 paid_for_this:-1.5`,
  complaint: `complaint still_nothing nothing_yet complain* unacceptable still_waiting still_haven't still_not still_no never_arrived
    never_received not_received haven't_received hasn't_arrived didn't_arrive didn't_receive where_is where's
    waiting_for days_later weeks_later no_response no_reply no_answer no_one nobody ripped_off scam* refund*
    disappointed terrible worst fix_this sort_this_out sort_it_out help_me why_is why_does why_can't
    can't_get cannot_get can't_log can't_access doesn't_work don't_work not_working isn't_working stopped_working
    won't_let`,
  topics: {
    delivery: {
      subject: `deliver* parcel* package* shipping shipment* shipped courier* tracking tracked dispatch*
        postman post_office ups dhl fedex usps hermes royal_mail dpd gls arrival arrive* arriving
        bag bags postage`,
      problem: `late delay* delayed never_arrived hasn't_arrived hasn't_been_delivered not_delivered
        not_arrived didn't_arrive still_not_arrived still_waiting_for lost_parcel lost_package lost_my
        lost_bag* damaged_box damaged_package damaged_parcel damaged_bag* crushed
        wrong_address left_outside stolen_parcel never_came delivery_failed failed_delivery out_for_delivery_for stuck_in_transit
        stuck_in stuck_at lost_in_transit lost_in_the_post went_missing gone_missing dented
        delivered_to_the_wrong marked_as_delivered says_delivered shows_delivered shows_as_delivered no_tracking
        tracking_not_updated still_in_transit returned_to_sender left_at_the_wrong missed_delivery`,
    },
    product_quality: {
      subject: `product* quality item* material* fabric battery screen size fit* works device stitching`,
      problem: `defective faulty broken broke_after stopped_working
        poor_quality bad_quality cheap_quality low_quality fell_apart falls_apart flimsy not_as_described
        nothing_like_the_picture not_as_pictured counterfeit fake_product knockoff ripped torn cracked
        scratched leaking leaks leak mold mould expired rotten smells* stained dead_on_arrival doa
        malfunction* unusable shoddy
        cheaply_made poorly_made badly_made falling_apart came_apart peeling
        fraying frayed shrunk shrank faded not_as_advertised looks_nothing_like overheats dead_battery battery_dies
        smashed shattered
        too_big too_small too_tight too_large runs_small runs_large runs_big`,
    },
    order_error: {
      subject: "order* item* size colour color",
      problem: `wrong_item wrong_size wrong_colour wrong_color wrong_product wrong_order sent_me_the_wrong
        sent_the_wrong received_the_wrong got_the_wrong missing_item missing_items item_missing items_missing
        missing_from_my_order only_received half_my_order incomplete_order not_what_i_ordered not_what_i
        instead_of_the partial_order never_shipped
        sent_wrong missing_part missing_parts missing_piece missing_pieces parts_missing
        pieces_missing not_included wasn't_included empty_box empty_package arrived_empty came_empty`,
    },
    customer_service: {
      subject: `customer_service customer_care customer_support support service agent* staff
        representative* rep helpline hotline call_center call_centre chat email* phone*
        chatbot bot ticket*`,
      problem: `no_response no_reply no_answer not_responding unresponsive ignored ignoring ignore* rude
        unhelpful incompetent unprofessional on_hold hold_for waited_on_hold hung_up hang_up hangs_up
        can't_reach cannot_reach can't_get_through couldn't_get_through impossible_to_reach nobody_answers
        no_one_answers no_one_responds keeps_transferring transferred hours_on_hold bot_answers
        never_called_back never_got_back never_replied still_no_reply still_no_answer
        no_one_gets_back nobody_gets_back ghosted ghosting left_on_read auto_reply
        automated_response automated_reply`,
    },
    price: {
      subject:
        "price* pricing cost* charge charges charged charging chargeable chargeback chargebacks fee* expensive discount* coupon* promo* voucher* shipping_cost",
      problem: `overcharged overcharging overpriced price_increase price_hike raised_the_price price_error
        wrong_price price_changed charged_more charged_twice_the hidden_fee* hidden_charge* hidden_cost* extra_charge*
        price_gouging ripoff rip-off rip_off coupon_doesn't discount_not_applied code_doesn't_work
        price_went_up
        more_expensive_than higher_than_advertised price_jumped prices_went_up raised_prices`,
    },
    payment: {
      subject: `payment* charged chraged charegd charges pay paid checkout card credit_card debit_card paypal transaction* billing bank
        booking* reservation*
        klarna afterpay clearpay apple_pay google_pay 3d_secure 3ds`,
      problem: `payment_failed payment_declined card_declined declined charged_twice double_charged
        double_charge charged_me_twice charged_two_times two_charges 2_charges duplicate_charge checkout_error checkout_fails can't_pay cannot_pay
        unable_to_pay payment_error transaction_failed paid_but money_taken taken_my_money booking_problem*
        can't_book cannot_book unable_to_book booking_error
        card_was_declined card_got_declined payment_was_declined charged_but charged_without
        taken_twice debited_twice billed_twice double_billed can't_checkout cannot_checkout unable_to_checkout
        money_has_left money_left_my_account money_was_taken money_is_gone money_gone no_order_confirmation
        never_got_an_order_confirmation charged_me_but was_charged_but shows_as_unpaid
        marked_as_unpaid still_unpaid says_unpaid sending_me_reminders payment_reminder* asking_me_to_pay
        chargeback filing_a_chargeback file_a_chargeback paypal_dispute open_a_dispute opening_a_dispute
        stuck_on_pending payment_pending payment_is_stuck`,
    },
    returns_refunds: {
      subject: "refund* return* money_back reimburs* exchange* rma credit_note store_credit chargeback",
      problem: `no_refund still_no_refund refund_not_received haven't_received_my_refund haven't_got_my_refund
        waiting_for_my_refund waiting_for_a_refund waiting_for_refund refused_refund refused_my_return
        return_refused refuse_to_refund refused_to_refund won't_refund wouldn't_refund won't_give_me
        refund_denied denied_my_refund where_is_my_refund money_back want_my_money_back
        refund_still
        refund_me i_want_a_refund want_a_refund demand_a_refund give_me_my_money_back
        return_label restocking_fee won't_accept_my_return refused_to_accept return_rejected refund_rejected`,
    },
    fraud: {
      subject: "scam* fraud* fake chargeback counterfeit",
      problem: `scam scams scammed scammer* fraud fraudulent fake_shop fake_store fake_website fake_site
        is_a_scam never_sent_anything took_my_money stole stolen_money rip_off chargeback_filed
        filed_a_chargeback con_artist* thieves
        is_this_legit is_it_legit not_legit`,
    },
    security: {
      subject: "account* password* data personal_data security hack* breach* phishing leak*",
      problem: `hacked hacker* hack data_breach breach leaked leak_of my_data_was data_leak phishing
        phishing_email fake_email suspicious_email account_compromised compromised stolen_card_details
        card_details_stolen unauthorized_charge* unauthorised_charge* someone_used_my identity_theft
        password_reset_i_didn't malware`,
    },
    outage: {
      subject: "website* site app server* login log_in sign_in system* online page*",
      problem: `site_down website_down app_down is_down are_down down_again not_loading won't_load
        doesn't_load can't_log_in cannot_log_in can't_login cannot_login unable_to_log_in can't_sign_in
        can't_access cannot_access can't_place_an_order cannot_place_an_order can't_order error_500 500_error
        502 503 504 crashes crashing keeps_crashing outage server_error system_down systems_down glitch*
        website_not_working site_not_working app_not_working app_keeps unavailable
        crashed crash keeps_freezing freezes frozen white_screen blank_page error_page
        error_message 404 server_down servers_down down_for can't_add_to_cart login_loop
        app_times_out site_times_out page_times_out app_timed_out site_timed_out page_timed_out
        checkout_timed_out payment_timed_out`,
    },
  },
  expected: {
    fraud: "genuine original authentic legit",
    price: "honour honor honoured honored",
    delivery: `arrive arrived arriving deliver delivered delivering show_up showed_up turned_up shipped
      dispatched sent`,
    customer_service: `answer answered answering reply replied replying respond responded responding
      call_back called_back calling_back get_back got_back gotten_back contacted helped`,
    returns_refunds: "refund refunded refunding reimbursed credited",
    outage: "load loads loading",
    payment: "go_through went_through gone_through",
    order_error: "included",
    receive: "receive received receiving got gotten",
    work: "work works working worked function functioning",
  },
  requests: `how_do_i how_do_we how_do_you how_can_i how_can_we how_could_i how_should_i how_to how_long how_much
    how_many how_often how_soon what_is_the what_are_the what_is_your what_are_your what's_the
    what's_your which when_will_the when_will_you when_do_you when_does_the when_is_the where_can_i
    where_do_i where_can_we can_i can_we can_you could_i could_we could_you may_i do_you do_i does_it
    does_this does_the is_it_possible is_there are_there will_you will_it would_it_be would_you
    does_anyone anyone_know any_chance`,
  impatience: "finally at_last",
  churnVerbs: "buy order shop use fly book purchase deal choose trust recommend visit return come go be get",
  again: "again anymore any_more",
  thanksFor:
    "thanks_for cheers_for thank_you_for thank_u_for thx_for ty_for thanks_a_lot_for thank_you_so_much_for thanks_so_much_for",
  praiseTails: "job work service touch one",
  closings:
    "thanks thank_you thanks_in_advance thanks_again many_thanks thx ty tia cheers regards best_regards kind_regards all_best best best_wishes warm_regards",
  wishes: "i'd_like_to i_would_like_to i_want_to i_wanna i_need_to please pls plz kindly",
  ownReasons:
    "by_mistake my_mistake my_bad my_fault changed_my_mind change_of_mind not_my_style accidentally",
  whys: "why how_come",
  asks: `wheres_my where_is_my where's_my where_are_my when_will_i_get when_will_i_receive when_will_my when_do_i_get
    when_am_i_getting what_happened_to_my any_update_on_my any_updates_on_my any_news_on_my status_of_my
    been_waiting still_waiting_for waiting_for_my waited_for_my where_is_the_rest_of_my where's_the_rest_of_my wheres_the_rest_of_my`,
  beside: {
    price: `raised raise raises raising increased increase increases hiked hike doubled went_up gone_up jumped
      skyrocketed refuse refused refuses refusing`,
    payment: "twice two_times double 2_times 2x x2 duplicate duplicated identical",
    // Done to the customer: "cancel" and "cancellation" ask how to ("How do I cancel my order?").
    order_error: "cancelled canceled",
    returns_refunds: "refused refuse refuses refusing denied rejected reject declined promised",
  },
  crisis: {
    data_breach:
      "data_breach data_leak leaked_data data_leaked personal_data_leaked breach_of_data data_was_stolen",
    hack: "hacked hacker* hack cyberattack cyber_attack ransomware",
    phishing: "phishing phishing_email fake_email fake_sms",
    scam: "scam scams scammed scammer* fake_shop fake_store fraud fraudulent",
    poisoning: "food_poisoning poisoning poisoned toxic intoxication",
    recall: "recall recalled recalls product_recall",
    injury:
      "injury injured burned burnt_my exploded explosion electrocuted choking_hazard hospitalized hospital",
    fire: "caught_fire on_fire fire_hazard overheated overheating",
    lawsuit: "lawsuit sue suing class_action lawyer* legal_action",
    boycott: "boycott boycotting",
    contamination: "contaminated contamination mold mould insects bugs_in glass_in",
  },
  suffixes: "s es ed ing ly ies ied",
  // Shop customers honour nothing and are promised things they did not get: generated valences (+).
  neutral: "honour honor honoured honored promised please pls plz",
};
