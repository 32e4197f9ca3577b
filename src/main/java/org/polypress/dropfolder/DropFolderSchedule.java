package org.polypress.dropfolder;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.apache.camel.pollconsumer.quartz.QuartzScheduledPollConsumerScheduler;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.quartz.CronExpression;

/**
 * When the drop folder is polled: continuously, every few hundred milliseconds, or at the firings of a
 * Quartz cron expression in a time zone ({@code 0 0 2 * * ?}: each night at 02:00). The route's file
 * consumer is greedy, so at a firing it polls again until a poll finds nothing new: everything waiting
 * (and settled) is converted at that firing.
 */
public final class DropFolderSchedule {

    private DropFolderSchedule() {
    }

    /**
     * @param cron  a Quartz cron expression, or blank for continuous polling
     * @param zone  the time zone of the cron expression (an IANA name such as {@code Europe/Paris}), or
     *              blank for the system's
     * @param delay milliseconds between two polls when polling continuously
     * @param once  a one-shot batch ({@code --once}) ignores the cron expression: it converts what is there
     */
    public static ScheduledPollConsumerScheduler scheduler(String cron, String zone, long delay, boolean once) {
        if (once || cron == null || cron.isBlank()) {
            DefaultScheduledPollConsumerScheduler continuous = new DefaultScheduledPollConsumerScheduler();
            continuous.setInitialDelay(0);
            continuous.setDelay(delay);
            return continuous;
        }
        if (!CronExpression.isValidExpression(cron.trim())) {
            throw new IllegalArgumentException("polypress.schedule is not a Quartz cron expression"
                    + " (seconds minutes hours day-of-month month day-of-week, e.g. 0 0 2 * * ?): " + cron);
        }
        QuartzScheduledPollConsumerScheduler quartz = new QuartzScheduledPollConsumerScheduler();
        quartz.setCron(cron.trim());
        quartz.setTriggerId("drop-folder");
        quartz.setTriggerGroup("polypress");
        quartz.setTimeZone(timeZone(zone));
        return quartz;
    }

    private static TimeZone timeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return TimeZone.getDefault();
        }
        try {
            return TimeZone.getTimeZone(ZoneId.of(zone.trim()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("polypress.schedule.zone is not a time zone (e.g. Europe/Paris): "
                    + zone, e);
        }
    }
}
