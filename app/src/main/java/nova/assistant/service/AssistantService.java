package nova.assistant.service;

import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;
import nova.assistant.service.claude.CircuitBreaker;
import nova.assistant.service.claude.ClaudeFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry to the assistant for screens and the command line. Claude answers when it is wanted (not offline,
 * enabled, a key set, breaker closed or probing) and gives a valid action; in every other case the local engine
 * answers, with a French notice when Claude was wanted but failed.
 */
public final class AssistantService {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantService.class);
    static final String LOCAL = "local";

    private final AssistantEngine local;
    private final AssistantEngine claude;
    private final ClaudeSettings settings;
    private final CircuitBreaker breaker;

    /**
     * @param local    the local French engine (always available)
     * @param claude   the Claude engine; it signals failure by throwing (a {@link ClaudeFailure} with a reason)
     * @param settings read on every question
     * @param breaker  shared by every question of this workstation
     */
    public AssistantService(AssistantEngine local, AssistantEngine claude, ClaudeSettings settings,
            CircuitBreaker breaker) {
        this.local = local;
        this.claude = claude;
        this.settings = settings;
        this.breaker = breaker;
    }

    public AssistantReply ask(String text, AssistantContext context, boolean offline) {
        if (offline || !settings.enabled() || text == null || text.isBlank()) {
            return answerLocally(text, context, null);
        }
        if (!settings.hasApiKey()) {
            return answerLocally(text, context, "Claude non configuré (aucune clé API) : réponse du moteur local");
        }
        if (!breaker.tryAcquire()) {
            long seconds = Math.max(1, breaker.remainingCoolDown().toSeconds());
            return answerLocally(text, context, "Claude indisponible : réponse du moteur local (trop d'échecs récents,"
                    + " nouvel essai dans " + seconds + " s)");
        }
        try {
            AssistantAction action = claude.parse(text, context);
            breaker.recordSuccess();
            return new AssistantReply(action, claude.name(), null);
        } catch (ClaudeFailure failure) {
            if (failure.kind().unavailability()) {
                breaker.recordFailure();
            } else {
                // Claude answered; only this answer was unusable.
                breaker.recordSuccess();
            }
            LOG.info("Claude failed ({}), answering locally", failure.kind());
            return answerLocally(text, context, "Claude indisponible : réponse du moteur local (" + failure.reasonFr() + ")");
        } catch (RuntimeException unexpected) {
            breaker.recordFailure();
            LOG.warn("Claude engine failed unexpectedly ({}), answering locally", unexpected.getClass().getName());
            return answerLocally(text, context, "Claude indisponible : réponse du moteur local (erreur inattendue)");
        }
    }

    private AssistantReply answerLocally(String text, AssistantContext context, String notice) {
        AssistantAction action;
        try {
            action = local.parse(text == null ? "" : text, context);
        } catch (RuntimeException e) {
            // The local engine promises not to throw; if it does, the receptionist still gets a question back.
            LOG.warn("Local engine failed ({})", e.getClass().getName());
            action = new AssistantAction(ActionType.NEED_INFO, null, null, null, null, null, null, null, List.of(),
                    "Je n'ai pas compris la demande. Pouvez-vous la reformuler ?", null);
        }
        return new AssistantReply(ActionValidator.withContextFacts(action, context, LOCAL), LOCAL, notice);
    }
}
