package fr.espaceentreprise.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Satisfied by a class that declares a public {@code setXxx(…)} method. */
final class AvoirUnSetterPublic extends ArchCondition<JavaClass> {

    AvoirUnSetterPublic() {
        super("have a public setter");
    }

    @Override
    public void check(JavaClass classe, ConditionEvents events) {
        for (JavaMethod methode : classe.getMethods()) {
            boolean setter = methode.getName().matches("set[A-Z].*")
                    && methode.getModifiers().contains(JavaModifier.PUBLIC);
            if (setter) {
                events.add(SimpleConditionEvent.satisfied(classe,
                        classe.getName() + " declares the public setter " + methode.getName()));
            }
        }
    }
}
