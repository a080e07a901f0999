package org.hotline12345.core.service;

/**
 * Whether the service acts on its triage and router by itself on intake, or only proposes what
 * they decide for a clerk to confirm ({@link HotlineService#propose}, {@link HotlineService#confirm}).
 */
public enum Automation {
  /** Run triage and routing on intake as commands of the system actor. */
  AUTOMATIC,
  /** Only propose; a clerk confirms each step. */
  PROPOSE
}
