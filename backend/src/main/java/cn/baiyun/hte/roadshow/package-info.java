/**
 * Roadshow financing events (项目路演) and trainings: organisers (reviewers and the finance office 金融办)
 * publish events; firms sign up once per event, with a pitch for roadshows; seats are counted by one atomic
 * conditional update of the event's own document ({@link cn.baiyun.hte.roadshow.SeatLedger}), so they are
 * never oversold, and a freed seat goes at once to the first waitlisted firm; organisers approve or reject,
 * check firms in by a short code and record outcomes. Others use
 * {@link cn.baiyun.hte.roadshow.RoadshowService} and {@link cn.baiyun.hte.roadshow.RegistrationService}.
 * Firms are told through the events of this package that are {@link cn.baiyun.hte.platform.events.NoticeToFirm};
 * every change is an event stored with it. It reads firms and published tiers only through the
 * {@code enterprise} and {@code pool} features' public services.
 */
package cn.baiyun.hte.roadshow;
