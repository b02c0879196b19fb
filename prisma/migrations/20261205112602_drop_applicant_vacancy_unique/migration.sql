-- DropIndex
DROP INDEX "Application_applicantId_vacancyId_key";
