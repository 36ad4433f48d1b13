package org.rightstrack.followup;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

/** A link or a stored file that supports a follow-up action or an assessment. */
@Entity
@Audited
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "follow_up_action_id")
	private FollowUpAction followUpAction;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "assessment_id")
	private Assessment assessment;

	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;

	private String title;

	private String url;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	// History records that a file was attached, not its bytes.
	@NotAudited
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private boolean archived;

	private Instant createdAt = Instant.now();

	private Long createdBy;

	protected Evidence() {
	}

	public static Evidence link(FollowUpAction action, Assessment assessment, String title, String url) {
		Evidence evidence = new Evidence();
		evidence.followUpAction = action;
		evidence.assessment = assessment;
		evidence.kind = EvidenceKind.LINK;
		evidence.title = title;
		evidence.url = url;
		return evidence;
	}

	public static Evidence file(FollowUpAction action, Assessment assessment, String title, String fileName,
			String contentType, byte[] content) {
		Evidence evidence = new Evidence();
		evidence.followUpAction = action;
		evidence.assessment = assessment;
		evidence.kind = EvidenceKind.FILE;
		evidence.title = title;
		evidence.fileName = fileName;
		evidence.contentType = contentType;
		evidence.content = content;
		evidence.sizeBytes = (long) content.length;
		return evidence;
	}

	public Long getId() {
		return id;
	}

	public FollowUpAction getFollowUpAction() {
		return followUpAction;
	}

	public Assessment getAssessment() {
		return assessment;
	}

	public EvidenceKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public Long getSizeBytes() {
		return sizeBytes;
	}

	public byte[] getContent() {
		return content;
	}

	public boolean isArchived() {
		return archived;
	}

	public void archive() {
		this.archived = true;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public void setCreatedBy(Long createdBy) {
		this.createdBy = createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
