/**
 * Personal data: what the portal holds about a user, which he may read and download at any time, and his consent
 * to commercial prospecting, refused until he gives it. Correcting one's data and closing one's access are
 * demandes like the others, so that the back office decides them and their history is kept.
 */
package fr.espaceentreprise.application.donnees;
