package fr.espaceentreprise.application.violations;

/** Implements {@link PortEntrant} inside application, which makes it an inbound port. */
public class PortEntrantService implements PortEntrant {

    @Override
    public PortSortant sortie() {
        return null;
    }
}
