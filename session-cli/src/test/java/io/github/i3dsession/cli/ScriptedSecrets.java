package io.github.i3dsession.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A {@link SecretReader} that answers with scripted secrets and remembers the prompts and arrays it gave out. */
final class ScriptedSecrets implements SecretReader {
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private final List<char[]> handedOut = new ArrayList<>();

    ScriptedSecrets(String... answers) {
        this.answers.addAll(List.of(answers));
    }

    @Override
    public char[] readSecret(String prompt) {
        prompts.add(prompt);
        if (answers.isEmpty()) {
            throw new IllegalStateException("no scripted secret left for prompt " + prompt);
        }
        char[] secret = answers.removeFirst().toCharArray();
        handedOut.add(secret);
        return secret;
    }

    List<String> prompts() {
        return prompts;
    }

    List<char[]> handedOut() {
        return handedOut;
    }
}
