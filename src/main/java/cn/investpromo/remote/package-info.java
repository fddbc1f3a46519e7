/**
 * Remote partitioning (issue 23, SPEC §7): the partitions of a
 * {@code report --each --remote} run sent as Spring Batch step execution requests over
 * JMS on an ActiveMQ Artemis broker, run by {@code investpromo worker} processes that
 * share the job repository and the data in one PostgreSQL database. Nothing here starts
 * unless the command asks for a role ({@link RemoteRole}).
 */
@NullMarked
package cn.investpromo.remote;

import org.jspecify.annotations.NullMarked;
